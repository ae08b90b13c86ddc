import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  validateConnector,
  type ApiDefinition,
  type ApiOperation,
  type ApiProperties,
  type ConnectorDocuments,
  type ConnectorObjects,
} from '../../src/index.js';

// The type errors below are checked by `npm run typecheck` (tsc over test/): an unused @ts-expect-error fails it.

const apiDefinition: ApiDefinition = {
  swagger: '2.0',
  info: { title: 'Contoso', version: '1.0', description: 'Manages Contoso items.', 'x-ms-api-annotation': { status: 'Preview' } },
  host: 'api.contoso.com',
  paths: {
    '/items': {
      get: {
        operationId: 'ListItems',
        summary: 'List items',
        'x-ms-visibility': 'important',
        'x-ms-pageable': { nextLinkName: 'next' },
        parameters: [
          {
            name: 'folder',
            in: 'query',
            type: 'string',
            'x-ms-summary': 'Folder',
            'x-ms-dynamic-values': { operationId: 'ListFolders', 'value-path': 'id', 'value-title': 'name' },
            'x-ms-url-encoding': 'double',
          },
        ],
        responses: { 200: { description: 'OK', schema: { type: 'array', items: { type: 'string' } } } },
      },
    },
  },
  'x-ms-connector-metadata': [{ propertyName: 'Website', propertyValue: 'https://contoso.com' }],
  'x-ms-capabilities': { testConnection: { operationId: 'ListItems' } },
};

const apiProperties: ApiProperties = {
  properties: {
    iconBrandColor: '#da3b01',
    connectionParameters: { api_key: { type: 'securestring', uiDefinition: { displayName: 'API key', constraints: { required: 'true' } } } },
    policyTemplateInstances: [{ templateId: 'setheader', parameters: {} }],
  },
};

describe('document types', () => {
  it('accepts typed documents in validateConnector, and unknown input as before', () => {
    const typed: ConnectorDocuments = { apiDefinition, apiProperties };
    expectTypeOf<ConnectorDocuments>().toMatchTypeOf<Parameters<typeof validateConnector>[0]>();
    expect(validateConnector(typed).findings.some((f) => f.ruleId === 'internal-error')).toBe(false);
    const untyped: ConnectorObjects = { apiDefinition: JSON.parse('{"swagger": "2.0"}') as unknown };
    expect(Array.isArray(validateConnector(untyped).findings)).toBe(true);
  });

  it('rejects wrong fields at compile time', () => {
    const wrong = (): unknown[] => [
      // @ts-expect-error 'x-ms-capabilitees' is not an extension of the document
      { swagger: '2.0', info: { title: 'x', version: '1' }, paths: {}, 'x-ms-capabilitees': {} } satisfies ApiDefinition,
      // @ts-expect-error 'hidden' is not an x-ms-visibility value
      { responses: {}, 'x-ms-visibility': 'hidden' } satisfies ApiOperation,
      // @ts-expect-error x-ms-trigger is 'single' or 'batch'
      { responses: {}, 'x-ms-trigger': 'polling' } satisfies ApiOperation,
      // @ts-expect-error the swagger version is the string '2.0'
      { swagger: '3.0', info: { title: 'x', version: '1' }, paths: {} } satisfies ApiDefinition,
      // @ts-expect-error 'x-ms-visbility' is a misspelt extension
      { responses: {}, 'x-ms-visbility': 'internal' } satisfies ApiOperation,
      // another vendor's extension is added by widening the type
      { swagger: '2.0', info: { title: 'x', version: '1' }, paths: {}, 'x-acme-owner': 'team' } satisfies ApiDefinition & { 'x-acme-owner': string },
      // @ts-expect-error connection parameter types are the documented ones
      { properties: { connectionParameters: { key: { type: 'password' } } } } satisfies ApiProperties,
    ];
    expect(wrong).toBeTypeOf('function');
  });
});
