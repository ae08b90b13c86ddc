import { describe, expect, it } from 'vitest';
import { validateConnector } from '../../../src/index.js';
import { RefResolver } from '../../../src/core/refs.js';
import { oncePerRun } from '../../../src/rules/shared/per-run.js';
import { definition } from '../../helpers/minimal-definition.js';

describe('computations shared by rules', () => {
  it('run once per run and key, and again for another run', () => {
    let calls = 0;
    const lengthOf = oncePerRun((key: { name: string }) => {
      calls++;
      return key.name.length;
    });
    const key = { name: 'tides' };
    const run = new RefResolver({});
    expect([lengthOf(key, run), lengthOf(key, run)]).toEqual([5, 5]);
    expect(calls).toBe(1);
    lengthOf({ name: 'stations' }, run);
    lengthOf(key, new RefResolver({}));
    expect(calls).toBe(3);
  });

  it('give schema-like objects the pointer where they are written, nested items and headers included', () => {
    const apiDefinition = definition({
      paths: {
        '/stations/{id}': {
          get: {
            parameters: [{ name: 'ids', in: 'query', type: 'array', items: { type: 'array', items: { type: 'array' } } }],
            responses: { '200': { description: 'OK', headers: { 'Link/Next': { type: 'array', items: { type: 'array' } } } } },
          },
        },
      },
    });
    const { findings } = validateConnector({ apiDefinition }, { rules: { 'schema-array-items': 'error' } });
    expect(findings.filter((finding) => finding.ruleId === 'schema-array-items').map((finding) => finding.pointer).sort()).toEqual([
      '/paths/~1stations~1{id}/get/parameters/0/items/items',
      '/paths/~1stations~1{id}/get/responses/200/headers/Link~1Next/items',
    ]);
  });

  it('measure a body schema once for the size rules, with the pointer of the schema', () => {
    const wide = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`field${i}`, { type: 'string' }]));
    const apiDefinition = definition({
      definitions: { Wide: { type: 'object', properties: wide } },
      paths: {
        '/a': { post: { parameters: [{ name: 'body', in: 'body', schema: { $ref: '#/definitions/Wide' } }], responses: { '200': { description: 'OK' } } } },
        '/b': { post: { parameters: [{ name: 'body', in: 'body', schema: { $ref: '#/definitions/Wide' } }], responses: { '200': { description: 'OK' } } } },
      },
    });
    const { findings } = validateConnector({ apiDefinition });
    const perBody = findings.filter((finding) => finding.ruleId === 'schema-count-per-body');
    expect(perBody.map((finding) => finding.pointer)).toEqual(['/paths/~1a/post/parameters/0/schema', '/paths/~1b/post/parameters/0/schema']);
    expect(perBody[0]!.message).toContain('601 schemas');
  });
});
