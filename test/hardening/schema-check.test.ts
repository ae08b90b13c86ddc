import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { checkSchema } from '../../src/core/schema-check.js';
import { compileSchema } from '../../src/core/schema-validator.js';
import { schema as apiDefinitionSchema } from '../../src/generated/apiDefinition.schema.js';
import { schema as apiPropertiesSchema } from '../../src/generated/apiProperties.schema.js';
import { schema as settingsSchema } from '../../src/generated/settings.schema.js';
import { corpusFolders, repoRoot } from '../helpers/fixtures.js';
import { definition } from '../helpers/minimal-definition.js';

describe('checkSchema: robustness', () => {
  it('never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = { type: 'object' };
    cyclic.properties = { self: cyclic };
    const inputs: unknown[] = [
      undefined,
      Symbol('s'),
      10n,
      () => 1,
      new Map(),
      JSON.parse('{"__proto__": {"swagger": "2.0"}, "constructor": 1, "swagger": "2.0", "info": {}, "paths": {"__proto__": {}}}'),
      definition({ definitions: { Cyclic: cyclic } }),
      definition({ info: { ['x'.repeat(1_000_000)]: 1 } }),
      definition({ info: { title: 'y'.repeat(10_000_000), version: 1 } }),
      definition({ paths: Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`/p${i}`, { get: { deprecated: 1 } }])) }),
    ];
    for (const kind of ['apiDefinition', 'apiProperties', 'settings'] as const) {
      for (const input of inputs) {
        const issues = checkSchema(kind, input);
        expect(Array.isArray(issues)).toBe(true);
        for (const issue of issues) expect(issue.message.length).toBeLessThan(1000);
      }
    }
  });
});

describe('the schema validator', () => {
  // ajv's error objects, with the fields our validator keeps (verbose: parentSchema and data are there to compare).
  const fromAjv = (errors: readonly ErrorObject[] | null | undefined) =>
    errors?.map(({ instancePath, schemaPath, keyword, params, parentSchema, data }) => ({
      instancePath,
      ...(/\/(?:anyOf|oneOf)(?:\/|$)/.test(schemaPath) && { schemaPath }),
      keyword,
      params,
      ...(keyword === 'additionalProperties' && { parentSchema }),
      ...((keyword === 'type' || keyword === 'enum') && { data }),
    })) ?? null;

  it("gives ajv's errors, in ajv's order, on damaged copies of corpus documents", () => {
    const schemas = { apiDefinition: apiDefinitionSchema, apiProperties: apiPropertiesSchema, settings: settingsSchema };
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true, messages: false, inlineRefs: false });
    // One connector in four, and the examples; JSON that does not parse is skipped.
    const folders = [...corpusFolders().filter((_, index) => index % 4 === 0), join(repoRoot, 'examples', 'failing')];
    const documents = folders.flatMap((folder) =>
      (
        [
          ['apiDefinition', 'apiDefinition.swagger.json'],
          ['apiProperties', 'apiProperties.json'],
        ] as const
      ).flatMap(([kind, file]) => {
        try {
          return [[kind, JSON.stringify(JSON.parse(readFileSync(join(folder, file), 'utf8').replace(/^\uFEFF/, '')))] as const];
        } catch {
          return [];
        }
      }),
    );
    const values = [5, 1.5, -1, 'x', '', true, null, [], [1, 'a'], {}, { a: 1 }, 'internal', 'string', 'query', 'body', 'oauth2', { type: 'string' }];
    const keys = ['x-ms-bogus', 'Title', 'type', 'items', 'name', 'in', 'required', 'x-custom', '$ref', '~a/b', 'enum', 'schema', 'properties', 'x-ms-visibility', 'x-ms-dynamic-values', 'uiDefinition', 'additionalProperties'];
    let seed = 7;
    const pick = <T,>(list: readonly T[]): T => list[(seed = (seed * 1103515245 + 12345) % 2147483648) % list.length]!;
    const damage = (node: unknown, depth: number): void => {
      if (node === null || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      const own = Object.keys(record);
      if (pick([0, 1, 2]) === 0) record[pick(keys)] = structuredClone(pick(values));
      if (own.length > 0 && pick([0, 1, 2]) === 0) record[pick(own)] = structuredClone(pick(values));
      for (const key of own) if (depth < 3 || pick([0, 1]) === 0) damage(record[key], depth + 1);
    };
    const validators = Object.fromEntries(Object.entries(schemas).map(([kind, schema]) => [kind, { ours: compileSchema(schema), ajv: ajv.compile(schema) }]));
    let errors = 0;
    for (let round = 0; round < 8; round++) {
      for (const [kind, text] of documents) {
        const value = JSON.parse(text);
        if (round > 0) damage(value, 0);
        for (const which of round % 4 === 3 ? [kind, 'settings'] : [kind]) {
          const { ours, ajv: reference } = validators[which]!;
          expect(ours(value)).toBe(reference(value));
          expect(ours.errors ?? null).toEqual(fromAjv(reference.errors));
          errors += ours.errors?.length ?? 0;
        }
      }
    }
    expect(errors).toBeGreaterThan(10_000);
  });

  it("gives ajv's errors where anyOf and if nest in each other, and where errors sit at several depths", () => {
    // Our schemas nest neither (the corpus comparison above cannot see them): an anyOf inside an if condition and inside
    // another anyOf, errors in sibling and nested values under keys that need escaping.
    const schema = {
      type: 'object',
      additionalProperties: false,
      patternProperties: { '^x-': { type: 'string' } },
      properties: {
        a: {
          if: { anyOf: [{ type: 'string' }, { type: 'array', items: { enum: [1] } }] },
          then: { enum: ['s', 'x'] },
          else: { type: 'object', required: ['k'], properties: { k: { anyOf: [{ enum: [1, 2] }, { anyOf: [{ type: 'string' }, { type: 'boolean' }] }] } } },
        },
        'b/~c': { type: 'array', items: { type: 'object', additionalProperties: { if: { type: 'number' }, then: { type: 'integer' }, else: { type: 'string' } } } },
        d: false,
      },
    };
    const ours = compileSchema(schema);
    const reference = new Ajv({ allErrors: true, strict: false, verbose: true, messages: false }).compile(schema);
    const as = ['s', 'y', [1], [2], [1, 2], { k: 1 }, { k: 'y' }, { k: null }, { k: [3] }, {}, 5, null];
    const bs = [[], [{}], [{ p: 1, q: 1.5, 'r~/': 's', t: true }, { 'u/': null }], 'no', [5, { q: 2.5 }]];
    const extras = [{}, { d: 1 }, { 'x-y': 1, zz: 2, 'x~z': 's' }, { d: null, 'x-/': [] }];
    let errors = 0;
    for (const [i, a] of as.entries()) {
      for (const [j, b] of bs.entries()) {
        const value = { ...extras[(i + j) % extras.length], a, 'b/~c': b };
        expect(ours(value)).toBe(reference(value));
        expect(ours.errors ?? null).toEqual(fromAjv(reference.errors));
        errors += ours.errors?.length ?? 0;
      }
    }
    expect(errors).toBeGreaterThan(300);
  });
});
