/** Hostile connector inputs (issue: hardening). Shared by the tests and the benchmark's hostile phase. */

const encoder = new TextEncoder();

export interface HostileInput {
  name: string;
  files: () => Record<string, string | Uint8Array>;
}

function swagger(extra: Record<string, unknown>): string {
  return JSON.stringify({ swagger: '2.0', info: { title: 'Hostile', version: '1.0', description: 'A connector built to break validators.' }, paths: {}, ...extra });
}

function nested(depth: number, open: string, close: string, inner = ''): string {
  return open.repeat(depth) + inner + close.repeat(depth);
}

function refCycle(length: number): Record<string, unknown> {
  const definitions: Record<string, unknown> = {};
  for (let i = 0; i < length; i++) definitions[`D${i}`] = { $ref: `#/definitions/D${(i + 1) % length}` };
  return definitions;
}

function pollutedObject(depth: number): unknown {
  let value: unknown = { type: 'string' };
  for (let i = 0; i < depth; i++) {
    value = JSON.parse(`{"__proto__": ${JSON.stringify(value)}, "constructor": {"prototype": {"polluted": true}}, "prototype": {"polluted": true}}`);
  }
  return value;
}

function manyOperations(count: number): string {
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    paths[`/items${i}`] = { get: { operationId: `Get${i}`, summary: 'Get item', description: 'Gets an item.', responses: { 200: { description: 'OK', schema: { type: 'string' } } } } };
  }
  return swagger({ paths });
}

export const hostileInputs: HostileInput[] = [
  { name: '50,000-deep arrays', files: () => ({ 'apiDefinition.swagger.json': nested(50_000, '[', ']') }) },
  { name: '50,000-deep objects', files: () => ({ 'apiDefinition.swagger.json': nested(50_000, '{"a":', '}', '1') }) },
  {
    name: '250-deep nested schema properties',
    files: () => ({ 'apiDefinition.swagger.json': swagger({ definitions: { Deep: JSON.parse(nested(250, '{"type":"object","properties":{"p":', '}}', '{"type":"string"}')) } }) }),
  },
  ...[1, 2, 10, 100].map((length) => ({
    name: `$ref cycle of length ${length}`,
    files: () => ({
      'apiDefinition.swagger.json': swagger({
        definitions: refCycle(length),
        paths: { '/x': { get: { operationId: 'X', responses: { 200: { description: 'OK', schema: { $ref: '#/definitions/D0' } } } } } },
      }),
    }),
  })),
  {
    name: '$refs to 10,000 definitions',
    files: () => {
      const definitions: Record<string, unknown> = {};
      const properties: Record<string, unknown> = {};
      for (let i = 0; i < 10_000; i++) {
        definitions[`D${i}`] = { type: 'object', properties: { next: { $ref: `#/definitions/D${(i + 1) % 10_000}` } } };
        properties[`p${i}`] = { $ref: `#/definitions/D${i}` };
      }
      return { 'apiDefinition.swagger.json': swagger({ definitions: { ...definitions, Root: { type: 'object', properties } } }) };
    },
  },
  {
    name: '__proto__, constructor and prototype keys everywhere',
    files: () => ({
      'apiDefinition.swagger.json': swagger({
        __proto__: pollutedObject(3),
        constructor: pollutedObject(2),
        definitions: { __proto__: pollutedObject(2), constructor: { type: 'object' } },
        paths: { '/x': { __proto__: { get: {} }, get: { operationId: 'constructor', parameters: [{ name: '__proto__', in: 'query', type: 'string' }], responses: { 200: { description: 'OK' } } } } },
      }).replace('"swagger"', '"__proto__": {"polluted": true}, "swagger"'),
      'apiProperties.json': '{"__proto__": {"polluted": true}, "properties": {"__proto__": {"x": 1}, "connectionParameters": {"__proto__": {"type": "string"}, "constructor": {"type": "string"}}}}',
    }),
  },
  { name: '10 MB string', files: () => ({ 'apiDefinition.swagger.json': swagger({ info: { title: 'x'.repeat(10 * 1024 * 1024), version: '1' } }) }) },
  { name: '100,000 operations', files: () => ({ 'apiDefinition.swagger.json': manyOperations(100_000) }) },
  {
    name: '50 MB file',
    files: () => ({ 'apiDefinition.swagger.json': swagger({ 'x-padding': Array.from({ length: 50 }, () => 'y'.repeat(1024 * 1024)) }) }),
  },
  {
    name: 'binary file named apiDefinition.swagger.json',
    files: () => ({ 'apiDefinition.swagger.json': Uint8Array.from({ length: 65_536 }, (_, i) => (i * 7919) % 256) }),
  },
  { name: 'invalid UTF-8', files: () => ({ 'apiDefinition.swagger.json': Uint8Array.from([...encoder.encode('{"swagger": "2.0", "info": {"title": "Caf'), 0xe9, 0xff, ...encoder.encode('"}}')]) }) },
  {
    name: 'UTF-16 with a BOM',
    files: () => {
      const text = swagger({});
      const bytes = new Uint8Array(2 + text.length * 2);
      bytes.set([0xff, 0xfe]);
      for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
      return { 'apiDefinition.swagger.json': bytes };
    },
  },
  { name: 'a readme of a million headings', files: () => ({ 'apiDefinition.swagger.json': swagger({}), 'readme.md': '## Heading\n'.repeat(1_000_000) }) },
  { name: 'a non-object root', files: () => ({ 'apiDefinition.swagger.json': '"just a string"', 'apiProperties.json': '[1, 2, 3]' }) },
];
