import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/parse/errors.js';
import { defineCheck, diffConnectors } from '../../src/diff/index.js';
import type { DiffResult } from '../../src/diff/types.js';
import { parseConnector } from '../../src/parse/connector.js';
import { readFolder, repoRoot } from '../helpers/fixtures.js';
import { baseProperties, baseSwagger, diffRevision, makeCategoriesPublic, versions, type Json, type Revision } from './fixture.js';

describe('diffConnectors', () => {
  it('reports nothing for identical versions', () => {
    const files = versions({}).base;
    expect(diffConnectors(parseConnector(files), parseConnector(files))).toEqual({ breaking: false, changes: [] });
    for (const example of ['passing', 'failing']) {
      const folder = readFolder(join(repoRoot, 'examples', example));
      expect(diffConnectors(parseConnector(folder), parseConnector(folder)).changes).toEqual([]);
    }
  });

  it.each<[string, Revision, string]>([
    ['renaming an operation', { swagger: (s) => (s.paths['/items/{id}'].get.operationId = 'FetchItem') }, 'bc-operation-deleted'],
    ['hiding an operation', { swagger: (s) => (s.paths['/items'].post['x-ms-visibility'] = 'internal') }, 'bc-operation-hidden'],
    [
      'adding a required input',
      { swagger: (s) => s.paths['/items'].get.parameters.push({ name: 'store', in: 'query', type: 'string', required: true }) },
      'bc-required-input-added',
    ],
    ['removing an output field', { both: makeCategoriesPublic, swagger: (s) => delete s.definitions.Category.properties.name }, 'bc-output-field-deleted'],
    [
      'changing the type of an output field',
      { both: makeCategoriesPublic, swagger: (s) => (s.definitions.Category.properties.id.type = 'integer') },
      'bc-output-type-changed',
    ],
    ['changing the auth type', { swagger: (s) => (s.securityDefinitions = { basic: { type: 'basic' } }) }, 'bc-auth-type-changed'],
  ])('reports %s as breaking, located in both files', (_name, revision, ruleId) => {
    const result = diffRevision(revision);
    expect(result.breaking).toBe(true);
    const change = result.changes.find((c) => c.ruleId === ruleId && c.level === 'breaking');
    expect(change).toBeDefined();
    for (const location of [change!.base, change!.revision]) {
      expect(location).toMatchObject({ file: 'apiDefinition.swagger.json', pointer: expect.any(String), range: { start: { line: expect.any(Number) } } });
    }
    expect(change).toMatchObject({ severity: 'error', docsUrl: expect.stringMatching(new RegExp(`/docs/diff/${ruleId}\\.md$`)) });
  });

  it('reports deleting an operation as breaking, located where it was in the base only', () => {
    const result = diffRevision({ swagger: (s) => delete s.paths['/items/{id}'].delete });
    const change = result.changes.find((c) => c.ruleId === 'bc-operation-deleted');
    expect(change).toMatchObject({ level: 'breaking', base: { pointer: '/paths/~1items~1{id}/delete', range: { start: { line: expect.any(Number) } } } });
    expect(change?.revision).toBeUndefined();
  });

  it('reports description and summary edits as info only', () => {
    const result = diffRevision({
      swagger: (s) => {
        s.info.description = 'Manage the items and the categories of a Contoso store.';
        s.paths['/items'].get.summary = 'List the items';
        s.paths['/items'].get.parameters[0].description = 'The number of items to return.';
        s.definitions.Item.properties.price.description = 'The price in euros.';
        s.definitions.Item.properties.name['x-ms-summary'] = 'Item name';
      },
    });
    expect(result.breaking).toBe(false);
    expect(result.changes.length).toBeGreaterThanOrEqual(5);
    expect(result.changes.every((c) => c.level === 'info' && c.severity === 'info')).toBe(true);
  });

  it('sorts breaking changes first, then by operation, check and pointer', () => {
    const { changes } = diffRevision({
      swagger: (s) => {
        s.info.title = 'Contoso Store';
        delete s.paths['/items/{id}'].delete;
        s.paths['/items'].get.parameters[1].enum = ['open'];
        delete s.definitions.Item.properties.price;
        s.paths['/items'].get.parameters[0].required = true;
      },
    });
    const order = { breaking: 0, warning: 1, info: 2 };
    const keys = changes.map((c) => [order[c.level], c.operationId ?? '', c.ruleId, c.revision?.pointer ?? c.base?.pointer ?? ''] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || cmp(a[1], b[1]) || cmp(a[2], b[2]) || cmp(a[3], b[3]));
    expect(keys).toEqual(sorted);
    expect(changes[0]!.level).toBe('breaking');
    expect(changes.at(-1)!.level).toBe('info');
  });

  it('is deterministic and does not change its inputs', () => {
    const base = deepFreeze({ apiDefinition: baseSwagger(), apiProperties: baseProperties() });
    const revisionSwagger = baseSwagger();
    delete revisionSwagger.definitions.Item.properties.tags;
    revisionSwagger.paths['/items'].get.parameters.reverse();
    const revision = deepFreeze({ apiDefinition: revisionSwagger, apiProperties: baseProperties() });
    const first = diffConnectors(base, revision);
    expect(first.changes.length).toBeGreaterThan(0);
    expect(diffConnectors(base, revision)).toEqual(first);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
  });

  it('accepts plain objects, and then reports locations without ranges', () => {
    const revision = baseSwagger();
    delete revision.paths['/categories'];
    const { changes } = diffConnectors({ apiDefinition: baseSwagger() }, { apiDefinition: revision });
    expect(changes).toEqual([
      expect.objectContaining({
        ruleId: 'bc-operation-deleted',
        base: { file: 'apiDefinition.swagger.json', pointer: '/paths/~1categories/get' },
      }),
    ]);
  });

  it('reports every operation as added for a new connector', () => {
    const { breaking, changes } = diffConnectors({}, { apiDefinition: baseSwagger() });
    expect(breaking).toBe(false);
    expect(changes.map((c) => c.ruleId)).toEqual(Array(6).fill('bc-operation-added'));
  });

  it('compares schemas through references, whatever the definitions are called', () => {
    const { changes } = diffRevision({
      swagger: (s) => {
        s.definitions.Product = s.definitions.Item;
        delete s.definitions.Item;
        s.paths['/items'].post.responses['201'].schema = { ...s.definitions.Product };
        s.paths['/items/{id}'].get.responses['200'].schema.$ref = '#/definitions/Product';
        s.paths['/hooks/items']['x-ms-notification-content'].schema.$ref = '#/definitions/Product';
        s.paths['/items'].get.responses['200'].schema.properties.value.items.$ref = '#/definitions/Product';
      },
    });
    // Only the catch-all notes that the files differ.
    expect(changes).toMatchObject([{ ruleId: 'bc-other-change', level: 'info' }]);
  });

  it('ends on reference cycles in both versions', () => {
    const cyclic = (s: Json) => {
      s.definitions.A = { type: 'object', properties: { b: { $ref: '#/definitions/B' }, self: { $ref: '#/definitions/A' } } };
      s.definitions.B = { type: 'object', properties: { a: { $ref: '#/definitions/A' }, list: { type: 'array', items: { $ref: '#/definitions/B' } } } };
      s.definitions.Loop1 = { $ref: '#/definitions/Loop2' };
      s.definitions.Loop2 = { $ref: '#/definitions/Loop1' };
      s.definitions.Item.properties.a = { $ref: '#/definitions/A' };
      s.definitions.Item.properties.loop = { $ref: '#/definitions/Loop1' };
    };
    const started = performance.now();
    const { changes } = diffRevision({
      both: cyclic,
      swagger: (s) => {
        s.definitions.B.properties.extra = { type: 'string' };
        delete s.definitions.A.properties.self;
      },
    });
    expect(performance.now() - started).toBeLessThan(2000);
    const get = changes.filter((c) => c.operationId === 'GetItem').map((c) => `${c.ruleId} ${c.message.split(';')[0]}`);
    expect(get).toEqual([
      "bc-output-field-deleted Output 'body/a/self' of 'GetItem' was removed",
      "bc-output-field-added New output 'body/a/b/extra' in 'GetItem'",
    ]);
  });

  it('walks schemas as deep as the parser reads', () => {
    const nest = (leaf: string) => {
      const root: Json = { type: 'object', properties: {} };
      let at = root;
      // Two object levels per schema level, under the nesting limit of the input with the path, operation and response.
      for (let i = 0; i < 240; i++) at = at.properties.child = { type: 'object', properties: {} };
      at.properties.leaf = { type: leaf };
      return { apiDefinition: { paths: { '/d': { get: { operationId: 'D', responses: { '200': { schema: root } } } } } } };
    };
    const { changes } = diffConnectors(nest('string'), nest('integer'));
    expect(changes).toMatchObject([{ ruleId: 'bc-output-type-changed', operationId: 'D' }]);
    expect(changes[0]!.revision!.pointer.endsWith('/properties/leaf/type')).toBe(true);
  });

  it('never throws for any content; a call that is a programming mistake gets an InvalidArgumentError', () => {
    const deep: Json = {};
    let at = deep;
    for (let i = 0; i < 20_000; i++) at = at.properties = { x: {} } as Json;
    for (const mistake of [null, undefined, 42, 'text', [], { apiDefinition: baseSwagger(), fileNames: 42 }, { kind: 'connector-input', files: [null] }]) {
      expect(() => diffConnectors(mistake as never, {})).toThrow(InvalidArgumentError);
      expect(() => diffConnectors({}, mistake as never)).toThrow(InvalidArgumentError);
    }
    const strange: unknown[] = [
      {},
      { apiDefinition: null },
      { apiDefinition: [] },
      { apiDefinition: { paths: [] } },
      { apiDefinition: { paths: { '/x': { get: { operationId: 7, parameters: 'none', responses: [] } } } } },
      { apiDefinition: { paths: { '/x': { $ref: '#/paths/~1x' } } } },
      { apiDefinition: { paths: { '/x': { get: { parameters: [{ $ref: '#/nowhere' }, null, { name: 'a' }] } } } } },
      { apiDefinition: JSON.parse('{"__proto__": {"polluted": true}, "paths": {"__proto__": {"get": {}}}}') },
      { apiDefinition: { definitions: { D: deep }, paths: { '/d': { get: { operationId: 'D', responses: { '200': { schema: deep } } } } } } },
      { apiProperties: { properties: { connectionParameters: [], policyTemplateInstances: {} } } },
      { apiDefinition: baseSwagger(), fileNames: ['readme.md', 'icon.png'] },
      parseConnector({ 'apiDefinition.swagger.json': '{"paths": {"/a": {"get": {"operationId": "A", "responses": {"200": {"schema": ' }),
    ];
    const cyclic: Json = { type: 'object', properties: {} };
    cyclic.properties.self = cyclic;
    strange.push({ apiDefinition: { paths: { '/c': { get: { operationId: 'C', responses: { '200': { schema: cyclic } } } } } } });
    for (const a of strange) {
      for (const b of strange) {
        let result: DiffResult | undefined;
        expect(() => (result = diffConnectors(a as never, b as never))).not.toThrow();
        expect(typeof result!.breaking).toBe('boolean');
      }
    }
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('diffs a corpus-sized swagger against a changed copy', () => {
    const text = readFileSync(join(repoRoot, 'examples', 'passing', 'apiDefinition.swagger.json'), 'utf8');
    const changed = JSON.parse(text);
    changed.info.description += ' Now with more.';
    const result = diffConnectors(parseConnector({ 'apiDefinition.swagger.json': text }), { apiDefinition: changed });
    expect(result.changes.map((c) => c.ruleId)).toEqual(['bc-minor-update-fields']);
  });
});

describe('options', () => {
  const revision: Revision = { swagger: (s) => delete s.paths['/items/{id}'].delete };

  it('turns checks off or changes their level', () => {
    expect(diffRevision(revision, { checks: { 'bc-operation-deleted': 'off' } })).toEqual({ breaking: false, changes: [] });
    const lowered = diffRevision(revision, { checks: { 'bc-operation-deleted': 'info' } });
    expect(lowered.breaking).toBe(false);
    expect(lowered.changes).toMatchObject([{ ruleId: 'bc-operation-deleted', level: 'info', severity: 'info' }]);
  });

  it('runs checks written with defineCheck, and reports one that throws without stopping', () => {
    const summaries = defineCheck({
      id: 'bc-summary-shortened',
      area: 'operation',
      level: 'warning',
      description: 'An operation summary got shorter.',
      messages: { shorter: "The summary of '{operationId}' got shorter." },
      visit: {
        operation({ base, revision: now }, report) {
          if (base && now && String(now.value.summary).length < String(base.value.summary).length) {
            report({ messageId: 'shorter', data: { operationId: now.key }, base: base.pointer, revision: now.pointer });
          }
        },
      },
    });
    const broken = defineCheck({
      ...summaries,
      id: 'bc-broken',
      visit: {
        connector() {
          throw new Error('boom');
        },
      },
    });
    const result = diffRevision({ swagger: (s) => (s.paths['/items'].get.summary = 'List') }, { extraChecks: [summaries, broken] });
    expect(result.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ruleId: 'bc-summary-shortened', level: 'warning', operationId: 'ListItems', message: "The summary of 'ListItems' got shorter." }),
        expect.objectContaining({ ruleId: 'internal-error', level: 'warning', message: expect.stringContaining("'bc-broken' failed") }),
      ]),
    );
  });
});

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
