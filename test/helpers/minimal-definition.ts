/** A minimal definition the schema accepts; tests spread changes into it. */
export function definition(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    swagger: '2.0',
    info: { title: 'Contoso', version: '1.0', description: 'A connector for tests.' },
    host: 'api.contoso.com',
    basePath: '/',
    schemes: ['https'],
    paths: {},
    'x-ms-connector-metadata': [{ propertyName: 'Website', propertyValue: 'https://contoso.com' }],
    ...extra,
  };
}
