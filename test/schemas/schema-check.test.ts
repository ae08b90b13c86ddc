import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { checkSchema, extensionPlaces, MAX_SCHEMA_ISSUES } from '../../src/core/schema-check.js';
import { nearest, soleNearest } from '../../src/parse/suggest.js';
import { compileSchema } from '../../src/core/schema-validator.js';
import { definition } from '../helpers/minimal-definition.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A definition with one GET operation; `operation` is merged into it. */
function withOperation(operation: Record<string, unknown>): Record<string, unknown> {
  return definition({
    paths: { '/items': { get: { operationId: 'ListItems', responses: { '200': { description: 'OK' } }, ...operation } } },
  });
}

const OP = '/paths/~1items/get';

describe('checkSchema: valid documents', () => {
  it('accepts a definition that uses the documented extensions', () => {
    const doc = definition({
      info: {
        title: 'Contoso',
        version: '1.0',
        contact: { name: 'Support', url: 'https://contoso.com', email: 'support@contoso.com' },
        'x-ms-api-annotation': { status: 'Preview' },
        'x-ms-deployment-version': '1.0.0',
      },
      'x-ms-capabilities': { testConnection: { operationId: 'ListItems' } },
      'x-ms-docs': [{ url: 'https://contoso.com/docs', description: 'Docs' }],
      'x-vendor-thing': { anything: true },
      securityDefinitions: { key: { type: 'apiKey', name: 'X-Key', in: 'header' } },
      security: [{ key: [] }],
      definitions: {
        Item: {
          type: 'object',
          required: ['id'],
          properties: {
            id: { type: 'string', 'x-ms-summary': 'ID', 'x-ms-visibility': 'important' },
            kind: { type: 'string', enum: ['a', 'b'], 'x-ms-enum-values': [{ value: 'a', displayName: 'A' }] },
            tags: { type: 'array', items: { type: 'string' } },
            extra: { type: 'object', additionalProperties: true, 'x-ms-editor': 'dictionary' },
            picture: { type: 'string', format: 'binary', 'x-ms-media-kind': 'image' },
            'x-nullable-friend': { type: 'string', 'x-nullable': true },
          },
        },
      },
      paths: {
        '/items/{id}': {
          'x-ms-notification-content': { description: 'Payload', schema: { $ref: '#/definitions/Item' } },
          post: {
            operationId: 'OnItem',
            summary: 'When an item changes',
            description: 'Triggers when an item changes.',
            deprecated: false,
            'x-ms-trigger': 'single',
            'x-ms-visibility': 'advanced',
            'x-ms-api-annotation': { family: 'OnItem', revision: 2, status: 'Production', replacement: { api: 'x', operationId: 'y' } },
            'x-ms-openai-data': { 'openai-enabled': false },
            parameters: [
              {
                name: 'id',
                in: 'path',
                required: true,
                type: 'string',
                'x-ms-url-encoding': 'single',
                'x-ms-summary': 'Item ID',
                'x-ms-dynamic-values': { operationId: 'ListItems', 'value-path': 'id', 'value-title': 'name', parameters: { top: 5, scope: { parameter: 'id' } } },
              },
              { $ref: '#/parameters/top' },
              { name: 'body', in: 'body', schema: { $ref: '#/definitions/Item' } },
            ],
            responses: {
              '201': { description: 'Created', schema: { $ref: '#/definitions/Item' }, headers: { Location: { type: 'string' } } },
              default: { description: 'Error' },
              'x-vendor': 1,
            },
          },
        },
      },
      parameters: { top: { name: '$top', in: 'query', type: 'integer', 'x-ms-visibility': 'internal', default: 5 } },
    });
    expect(checkSchema('apiDefinition', doc)).toEqual([]);
  });

  it('lets the tolerated x-ms-visibility spellings through (rule ext-visibility-enum warns about them)', () => {
    for (const v of ['', 'Advanced', 'Important', 'Internal']) {
      expect(checkSchema('apiDefinition', withOperation({ 'x-ms-visibility': v }))).toEqual([]);
    }
  });

  it('accepts apiProperties with every documented property', () => {
    const props = {
      $schema: 'https://example.com/apiProperties.schema.json',
      properties: {
        iconBrandColor: '#da3b01',
        publisher: 'Jane Doe',
        stackOwner: 'Contoso',
        capabilities: ['actions'],
        scriptOperations: ['ListItems'],
        connectionParameters: {
          api_key: {
            type: 'securestring',
            uiDefinition: {
              displayName: 'API key',
              description: 'The API key',
              tooltip: 'Provide your API key',
              constraints: { tabIndex: 2, clearText: false, required: 'true' },
            },
          },
          token: {
            type: 'oauthSetting',
            oAuthSettings: {
              identityProvider: 'oauth2',
              clientId: 'abc',
              scopes: ['read'],
              redirectMode: 'GlobalPerConnector',
              redirectUrl: 'https://global.consent.azure-apim.net/redirect',
              properties: { IsFirstParty: 'False', IsOnbehalfofLoginSupported: false },
              customParameters: { authorizationUrl: { value: 'https://contoso.com/auth' } },
            },
          },
        },
        connectionParameterSets: {
          uiDefinition: { displayName: 'Authentication type', description: 'Pick one' },
          values: [
            {
              name: 'key',
              uiDefinition: { displayName: 'API key', description: 'Use a key' },
              parameters: { api_key: { type: 'securestring', uiDefinition: { constraints: { required: true, hidden: 'false' } } } },
            },
          ],
        },
        policyTemplateInstances: [
          {
            templateId: 'setheader',
            title: 'Set a header',
            parameters: {
              'x-ms-apimTemplateParameter.name': 'X-Version',
              'x-ms-apimTemplateParameter.value': '2',
              'x-ms-apimTemplateParameter.existsAction': 'override',
              'x-ms-apimTemplate-policySection': 'Request',
              'x-ms-apimTemplate-operationName': ['ListItems'],
            },
          },
        ],
      },
    };
    expect(checkSchema('apiProperties', props)).toEqual([]);
  });

  it('accepts a paconn settings file', () => {
    const settings = {
      connectorId: 'shared_contoso-5f',
      environment: '00000000-0000-0000-0000-000000000000',
      apiProperties: 'apiProperties.json',
      apiDefinition: 'apiDefinition.swagger.json',
      icon: 'icon.png',
      script: 'script.csx',
      powerAppsApiVersion: '2016-11-01',
      powerAppsUrl: 'https://api.powerapps.com',
    };
    expect(checkSchema('settings', settings)).toEqual([]);
  });
});

describe('checkSchema: issue kinds', () => {
  it('reports a wrong JSON type at the value', () => {
    expect(checkSchema('apiDefinition', withOperation({ deprecated: 'yes' }))).toEqual([
      { kind: 'type', pointer: `${OP}/deprecated`, message: "'deprecated' must be a boolean, not a string." },
    ]);
  });

  it('reports a value outside an enumeration and suggests the nearest allowed value', () => {
    const doc = withOperation({ parameters: [{ name: 'q', in: 'qurey', type: 'string' }] });
    const [issue, ...rest] = checkSchema('apiDefinition', doc);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ kind: 'enum', pointer: `${OP}/parameters/0/in` });
    expect(issue!.message).toContain("did you mean 'query'");
  });

  it('reports an unknown key at the key, with a suggestion', () => {
    expect(checkSchema('apiDefinition', withOperation({ 'x-ms-visbility': 'internal' }))).toEqual([
      {
        kind: 'unknown-key',
        pointer: `${OP}/x-ms-visbility`,
        message: "Key 'x-ms-visbility' is not allowed in an Operation Object; did you mean 'x-ms-visibility'?",
        replacement: 'x-ms-visibility',
      },
    ]);
  });

  it('offers a replacement only when one allowed name alone is near', () => {
    const [location] = checkSchema('apiDefinition', withOperation({ parameters: [{ name: 'q', in: 'Query', type: 'string' }] }));
    expect(location).toMatchObject({ kind: 'enum', replacement: 'query' });
    const [far] = checkSchema('apiDefinition', withOperation({ parameters: [{ name: 'q', in: 'cookie', type: 'string' }] }));
    expect(far).toMatchObject({ kind: 'enum' });
    expect(far).not.toHaveProperty('replacement');
  });

  it('escapes the unknown key in its pointer', () => {
    const issues = checkSchema('apiDefinition', definition({ info: { title: 't', version: '1', 'a/b~c': 1 } }));
    expect(issues.map((i) => i.pointer)).toEqual(['/info/a~1b~0c']);
  });

  it('escapes the keys on the way to an issue, and leaves plain ones as they are', () => {
    const schema = { type: 'object', properties: { 'a/b~c': { type: 5 }, plain: { type: 6 } } };
    const issues = checkSchema('apiDefinition', definition({ definitions: { 'x~y': schema } }));
    expect(issues.map((i) => i.pointer)).toEqual(['/definitions/x~0y/properties/a~1b~0c/type', '/definitions/x~0y/properties/plain/type']);
  });

  it('says where a misplaced extension belongs', () => {
    const [issue] = checkSchema('apiDefinition', withOperation({ 'x-ms-url-encoding': 'single' }));
    expect(issue).toMatchObject({ kind: 'unknown-key', pointer: `${OP}/x-ms-url-encoding` });
    expect(issue!.message).toBe("Key 'x-ms-url-encoding' is not allowed in an Operation Object; it belongs in a Parameter Object.");
  });

  it('reads where each extension is allowed from the schema: every object that lists it, titles sorted', () => {
    const places = extensionPlaces();
    expect(places.get('x-ms-summary')).toEqual(['Header Object', 'Operation Object', 'Parameter Object', 'Response Object', 'Schema Object']);
    expect(places.get('x-ms-capabilities')).toEqual(['Operation Object', 'the top level']);
    expect(places.get('x-ms-keywords')).toEqual(['Info Object']);
    expect([...places.keys()].every((key) => key.startsWith('x-ms-'))).toBe(true);
    expect(places.has('x-ms-visbility')).toBe(false);
  });

  it('rejects unknown x-ms-* keys but allows other x- vendor extensions, also among paths and responses', () => {
    const doc = definition({
      'x-ms-made-up': 1,
      'x-company': 1,
      paths: {
        'x-ms-paths-thing': 1,
        'x-paths-thing': 1,
        '/a': { get: { responses: { 'x-ms-resp': 1, 'x-resp': 1, '200': { description: 'OK' } } } },
      },
    });
    expect(checkSchema('apiDefinition', doc).map((i) => [i.kind, i.pointer])).toEqual([
      ['unknown-key', '/paths/~1a/get/responses/x-ms-resp'],
      ['unknown-key', '/paths/x-ms-paths-thing'],
      ['unknown-key', '/x-ms-made-up'],
    ]);
  });

  it('maps a prefixed or re-cased key to the documented one', () => {
    const doc = definition({ definitions: { A: { type: 'object', 'x-ms-description': 'd', Properties: {} } } });
    const messages = checkSchema('apiDefinition', doc).map((i) => i.message);
    expect(messages).toEqual([
      "Key 'Properties' is not allowed in a Schema Object; did you mean 'properties'?",
      "Key 'x-ms-description' is not allowed in a Schema Object; did you mean 'description'?",
    ]);
  });

  it('reports missing required keys at the object that lacks them', () => {
    expect(checkSchema('apiProperties', {})).toEqual([
      { kind: 'required', pointer: '', message: "The required key 'properties' is missing at the top level." },
    ]);
  });

  it('reports the Swagger version', () => {
    expect(checkSchema('apiDefinition', definition({ swagger: '3.0' }))).toEqual([
      { kind: 'swagger-version', pointer: '/swagger', message: `'swagger' is '3.0', but it must be the string "2.0" (connectors are Swagger 2.0 documents).` },
    ]);
    const missing = checkSchema('apiDefinition', { info: {}, paths: {} });
    expect(missing.map((i) => [i.kind, i.pointer])).toEqual([['swagger-version', '']]);
  });

  it('reports an OpenAPI 3 document once instead of one issue per unknown key', () => {
    const issues = checkSchema('apiDefinition', { openapi: '3.0.1', info: { title: 't', version: '1' }, paths: {}, components: {} });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ kind: 'swagger-version', pointer: '' });
    expect(issues[0]!.message).toContain("OpenAPI '3.0.1'");
  });

  it('reports a non-object root as one type issue', () => {
    for (const kind of ['apiDefinition', 'apiProperties', 'settings'] as const) {
      for (const value of [[], 'text', 42, null, true]) {
        const issues = checkSchema(kind, value);
        expect(issues).toHaveLength(1);
        expect(issues[0]).toMatchObject({ kind: 'type', pointer: '' });
        expect(issues[0]!.message).toMatch(/^The file must contain a JSON object at the top level, not /);
      }
    }
  });

  it('returns an other issue for a schema name it does not know (JavaScript callers)', () => {
    expect(checkSchema('nope' as never, {})).toMatchObject([{ kind: 'other', pointer: '' }]);
    expect(checkSchema('__proto__' as never, {})).toMatchObject([{ kind: 'other', pointer: '' }]);
  });

  it('returns one other issue instead of crashing on 50,000-deep nesting', () => {
    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 50_000; i++) deep = { type: 'array', items: deep };
    const issues = checkSchema('apiDefinition', definition({ definitions: { Deep: deep } }));
    expect(issues).toEqual([{ kind: 'other', pointer: '', message: 'The document is nested too deeply for its structure to be checked.' }]);
  });
});

describe('checkSchema: noise reduction', () => {
  it('reports the documented branch of a failed alternative, not every branch', () => {
    const issues = checkSchema('apiDefinition', withOperation({ 'x-ms-visibility': 'Hidden' }));
    expect(issues).toEqual([
      {
        kind: 'enum',
        pointer: `${OP}/x-ms-visibility`,
        message: "'x-ms-visibility' is 'Hidden', which is not allowed; use one of 'important', 'advanced', 'internal'.",
      },
    ]);
  });

  it('reports one type issue for a value that fails an alternative and the branch it fell into', () => {
    const doc = definition({ definitions: { A: { type: 'array', items: 5 } } });
    expect(checkSchema('apiDefinition', doc)).toEqual([
      { kind: 'type', pointer: '/definitions/A/items', message: "'items' must be an object or an array, not an integer." },
    ]);
  });

  it('does not add an enum issue where the type is already wrong', () => {
    const issues = checkSchema('apiDefinition', withOperation({ 'x-ms-visibility': 3 }));
    expect(issues.map((i) => i.kind)).toEqual(['type']);
  });

  it('sorts issues by pointer, array indexes numerically, and is deterministic', () => {
    const parameters = Array.from({ length: 12 }, (_, i) => ({ name: `p${i}`, in: 'query', type: 'string', required: 'no' }));
    const doc = withOperation({ parameters });
    const first = checkSchema('apiDefinition', doc);
    expect(first.map((i) => i.pointer)).toEqual(parameters.map((_, i) => `${OP}/parameters/${i}/required`));
    expect(checkSchema('apiDefinition', structuredClone(doc))).toEqual(first);
  });

  it(`lists at most ${MAX_SCHEMA_ISSUES} issues and says how many more there are`, () => {
    const definitions = Object.fromEntries(Array.from({ length: MAX_SCHEMA_ISSUES + 5 }, (_, i) => [`D${i}`, { readOnly: 'yes' }]));
    const issues = checkSchema('apiDefinition', definition({ definitions }));
    expect(issues).toHaveLength(MAX_SCHEMA_ISSUES + 1);
    expect(issues[MAX_SCHEMA_ISSUES]).toEqual({ kind: 'other', pointer: '', message: '5 further structural issues were not listed; fix the ones above first.' });
  });
});

describe('checkSchema: messages', () => {
  it('shortens long keys and values in messages', () => {
    const [issue] = checkSchema('apiDefinition', definition({ info: { ['x'.repeat(1_000_000)]: 1 } }));
    expect(issue!.kind).toBe('unknown-key');
    expect(issue!.message.length).toBeLessThan(300);
  });
});

describe('nearest', () => {
  it('finds near names and ignores far ones', () => {
    expect(nearest('x-ms-enum-value', ['x-ms-enum-values', 'x-ms-summary'])).toBe('x-ms-enum-values');
    expect(nearest('x-ms-summary:', ['x-ms-summary', 'summary'])).toBe('x-ms-summary');
    expect(nearest('opertaionId', ['operationId', 'description'])).toBe('operationId');
    expect(nearest('summary', ['x-ms-summary', 'description'])).toBe('x-ms-summary');
    expect(nearest('x-ms-tooltip', ['x-ms-summary', 'x-ms-test-value', 'description'])).toBeUndefined();
    expect(nearest('setHeaders', ['setheader', 'SetHeader', 'setHeader'])).toBe('setHeader');
  });
});

describe('soleNearest', () => {
  it('keeps a suggestion only when no other candidate is near', () => {
    expect(soleNearest('opertaionId', ['operationId', 'description'])).toBe('operationId');
    expect(soleNearest('Summary', ['summary', 'x-ms-summary'])).toBe('summary');
    expect(soleNearest('Summary', ['summary', 'SUMMARY'])).toBeUndefined();
    // 'x-ms-visibilty' is near both names: the suggestion is a guess, not a fix.
    expect(nearest('x-ms-visibilty', ['x-ms-visibility', 'x-ms-visibilitx'])).toBeDefined();
    expect(soleNearest('x-ms-visibilty', ['x-ms-visibility', 'x-ms-visibilitx'])).toBeUndefined();
    expect(soleNearest('x-ms-tooltip', ['x-ms-summary', 'description'])).toBeUndefined();
  });
});

describe('generated schemas and their validator', () => {
  it('are up to date with schemas/ (npm run schemas:check)', () => {
    const run = () => execFileSync(process.execPath, [join(repoRoot, 'scripts/compile-schemas.mjs'), '--check'], { encoding: 'utf8', stdio: 'pipe' });
    expect(run).not.toThrow();
  });

  it('are data: the header, then the schema, and no code', () => {
    for (const name of ['apiDefinition', 'apiProperties', 'settings']) {
      const js = readFileSync(join(repoRoot, 'src/generated', `${name}.schema.js`), 'utf8');
      expect(js.startsWith('// generated by scripts/compile-schemas.mjs, do not edit\n')).toBe(true);
      const statements = js.split('\n').filter((line) => /^\S/.test(line) && !line.startsWith('//') && !line.startsWith('/*') && line !== '}' && line !== '};');
      expect(statements).toEqual(['export const schema = {']);
      expect(js).not.toMatch(/\bfunction\b|=>|\bimport\b|\brequire\s*\(/);
      const dts = readFileSync(join(repoRoot, 'src/generated', `${name}.schema.d.ts`), 'utf8');
      expect(dts.startsWith('// generated by scripts/compile-schemas.mjs, do not edit\n')).toBe(true);
    }
  });

  it('refuses a schema keyword it does not implement instead of ignoring it', () => {
    expect(() => compileSchema({ type: 'string', minLength: 1 })).toThrow(/minLength/);
    expect(() => compileSchema({ properties: { constructor: { type: 'string' } } })).toThrow(/constructor/);
    const named = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`p${i}`, { type: 'string' }]));
    expect(() => compileSchema({ properties: named(65) })).toThrow(/64/);
  });

  it("checks an object's named properties in the schema's order, whatever the order of its keys", () => {
    const validate = compileSchema({ type: 'object', properties: Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`p${i}`, { type: 'string' }])) });
    const value = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`p${39 - i}`, i]));
    expect(validate(value)).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toEqual(Array.from({ length: 40 }, (_, i) => `/p${i}`));
  });

  it('lists the errors of a value checked after a run that nesting cut short inside an anyOf', () => {
    const validate = compileSchema({
      $ref: '#/definitions/node',
      definitions: { node: { anyOf: [{ type: 'string' }, { type: 'array', items: { $ref: '#/definitions/node' } }] } },
    });
    let deep: unknown = 'leaf';
    for (let i = 0; i < 50_000; i++) deep = [deep];
    expect(() => validate(deep)).toThrow(RangeError);
    expect(validate(5)).toBe(false);
    expect(validate.errors?.map((error) => [error.schemaPath, error.keyword])).toEqual([
      ['#/anyOf/0/type', 'type'],
      ['#/anyOf/1/type', 'type'],
      ['#/anyOf', 'anyOf'],
    ]);
  });

  it('bundle for the browser with the checker, without Node built-ins', async () => {
    const result = await build({
      entryPoints: [join(repoRoot, 'src/core/schema-check.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/\brequire\s*\(|from\s*["']node:|\bnew Function\b|\beval\s*\(/);
  });
});

// ---------------------------------------------------------------------------------------------------------------------
// Corpus: 274 independent-publisher connectors that Microsoft accepted. Our schemas judge structure only, so an
// accepted connector should have (almost) no structural issues; where one has many, the schema is too strict.
//
// Measured when the schemas were written (see docs/architecture.md, "Schemas"): 268 of 272 definitions parse (4 are
// invalid JSON and are skipped here), 274 of 274 apiProperties parse. Issues left: 22 in 7 definitions, all unknown
// x-ms-* keys the platform ignores (typos such as 'x-ms-visbility' and 'x-ms-enum-value', 'x-ms-url-encoding' outside
// parameters, made-up 'x-ms-tooltip' / 'x-ms-description'); 0 in apiProperties. The worst connector, Brave Search,
// repeats one typo ('x-ms-enum-value') on 14 parameters; every other connector has at most 2 issues.
// The bounds below leave a little room above those numbers and fail on any regression that would flood users.
