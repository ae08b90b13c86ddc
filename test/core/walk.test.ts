import { describe, expect, it } from 'vitest';
import { defineRule, validateConnector, type Rule } from '../../src/index.js';
import { parseConnector, type JsonFile } from '../../src/parse/connector.js';
import type { NodeKinds } from '../../src/core/nodes.js';
import { RefResolver } from '../../src/core/refs.js';
import { walkApiDefinition } from '../../src/core/walk.js';
import { everyOperation } from '../helpers/every-operation.js';
import { definition } from '../helpers/minimal-definition.js';

const swagger = definition({
  'x-root': 1,
  parameters: { Limit: { name: 'limit', in: 'query', type: 'integer', 'x-ms-summary': 'Limit' } },
  definitions: {
    Item: {
      type: 'object',
      properties: { 'a/b': { type: 'string' }, list: { type: 'array', items: { $ref: '#/definitions/Item', 'x-ref-ext': true } } },
      additionalProperties: { type: 'string' },
      allOf: [{ type: 'object' }],
    },
  },
  paths: {
    '/items/{id}~x': {
      parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }, { name: 'limit', in: 'query', type: 'string' }],
      get: {
        operationId: 'GetItem',
        'x-ms-visibility': 'important',
        parameters: [{ $ref: '#/parameters/Limit' }, { name: 'body', in: 'body', schema: { properties: { q: { 'x-q': 1 } } } }],
        responses: { '200': { description: 'OK', headers: { 'X-Id': { type: 'string', 'x-h': 1 } }, schema: { $ref: '#/definitions/Item' } } },
      },
    },
  },
});

type Seen = { kind: keyof NodeKinds; pointer: string; [field: string]: unknown };

/** A rule that records what the engine shows it of every swagger node kind. */
function recorder(seen: Seen[]): Rule {
  const at = (kind: keyof NodeKinds, node: { pointer: string }, fields: Record<string, unknown> = {}) => seen.push({ kind, pointer: node.pointer, ...fields });
  return defineRule({
    meta: { ...everyOperation.meta, id: 'test-recorder', messages: {} },
    create: () => ({
      pathItem: (node) => at('pathItem', node, { path: node.path }),
      operation: (node) =>
        at('operation', node, {
          path: node.path,
          method: node.method,
          item: node.pathItem.pointer,
          parameters: node.parameters.map((p) => [p.value.name, p.pointer, p.usePointer]),
        }),
      parameter: (node) => at('parameter', node, { operation: node.operation?.pointer, pathItem: node.pathItem?.pointer }),
      response: (node) => at('response', node, { code: node.code, operation: node.operation?.pointer }),
      schema: (node) => at('schema', node, { role: node.role, depth: node.depth, parent: node.parent?.pointer, name: node.propertyName, operation: node.operation?.pointer }),
      ref: (node) => at('ref', node, { ref: node.ref, expects: node.expects, ok: node.resolution.ok }),
      extension: (node) => at('extension', node, { name: node.name, owner: node.owner, ownerPointer: node.ownerPointer, operation: node.operation?.pointer }),
    }),
  });
}

describe('the swagger walk', () => {
  it('shows every node with its pointer, owners and effective parameters', () => {
    const seen: Seen[] = [];
    validateConnector({ apiDefinition: swagger }, { extraRules: [recorder(seen)] });
    const op = '/paths/~1items~1{id}~0x/get';
    const item = '/paths/~1items~1{id}~0x';
    expect(seen).toEqual([
      { kind: 'extension', pointer: '/x-ms-connector-metadata', name: 'x-ms-connector-metadata', owner: 'root', ownerPointer: '', operation: undefined },
      { kind: 'extension', pointer: '/x-root', name: 'x-root', owner: 'root', ownerPointer: '', operation: undefined },
      { kind: 'parameter', pointer: '/parameters/Limit', operation: undefined, pathItem: undefined },
      { kind: 'extension', pointer: '/parameters/Limit/x-ms-summary', name: 'x-ms-summary', owner: 'parameter', ownerPointer: '/parameters/Limit', operation: undefined },
      { kind: 'schema', pointer: '/definitions/Item', role: 'definition', depth: 0, parent: undefined, name: undefined, operation: undefined },
      { kind: 'schema', pointer: '/definitions/Item/properties/a~1b', role: 'property', depth: 1, parent: '/definitions/Item', name: 'a/b', operation: undefined },
      { kind: 'schema', pointer: '/definitions/Item/properties/list', role: 'property', depth: 1, parent: '/definitions/Item', name: 'list', operation: undefined },
      { kind: 'ref', pointer: '/definitions/Item/properties/list/items', ref: '#/definitions/Item', expects: 'definitions', ok: true },
      { kind: 'extension', pointer: '/definitions/Item/properties/list/items/x-ref-ext', name: 'x-ref-ext', owner: 'schema', ownerPointer: '/definitions/Item/properties/list/items', operation: undefined },
      { kind: 'schema', pointer: '/definitions/Item/additionalProperties', role: 'additionalProperties', depth: 1, parent: '/definitions/Item', name: undefined, operation: undefined },
      { kind: 'schema', pointer: '/definitions/Item/allOf/0', role: 'allOf', depth: 1, parent: '/definitions/Item', name: undefined, operation: undefined },
      { kind: 'pathItem', pointer: item, path: '/items/{id}~x' },
      { kind: 'parameter', pointer: `${item}/parameters/0`, operation: undefined, pathItem: item },
      { kind: 'parameter', pointer: `${item}/parameters/1`, operation: undefined, pathItem: item },
      {
        kind: 'operation',
        pointer: op,
        path: '/items/{id}~x',
        method: 'get',
        item,
        // The operation's `limit` (a reference) replaces the path's, and comes after it.
        parameters: [
          ['id', `${item}/parameters/0`, `${item}/parameters/0`],
          ['limit', '/parameters/Limit', `${op}/parameters/0`],
          ['body', `${op}/parameters/1`, `${op}/parameters/1`],
        ],
      },
      { kind: 'extension', pointer: `${op}/x-ms-visibility`, name: 'x-ms-visibility', owner: 'operation', ownerPointer: op, operation: op },
      { kind: 'ref', pointer: `${op}/parameters/0`, ref: '#/parameters/Limit', expects: 'parameters', ok: true },
      { kind: 'parameter', pointer: `${op}/parameters/1`, operation: op, pathItem: undefined },
      { kind: 'schema', pointer: `${op}/parameters/1/schema`, role: 'body', depth: 0, parent: undefined, name: undefined, operation: op },
      { kind: 'schema', pointer: `${op}/parameters/1/schema/properties/q`, role: 'property', depth: 1, parent: `${op}/parameters/1/schema`, name: 'q', operation: op },
      { kind: 'extension', pointer: `${op}/parameters/1/schema/properties/q/x-q`, name: 'x-q', owner: 'schema', ownerPointer: `${op}/parameters/1/schema/properties/q`, operation: op },
      { kind: 'response', pointer: `${op}/responses/200`, code: '200', operation: op },
      { kind: 'ref', pointer: `${op}/responses/200/schema`, ref: '#/definitions/Item', expects: 'definitions', ok: true },
      { kind: 'extension', pointer: `${op}/responses/200/headers/X-Id/x-h`, name: 'x-h', owner: 'header', ownerPointer: `${op}/responses/200/headers/X-Id`, operation: op },
    ]);
  });

  it('gives a nested schema its pointer when only it is read, however deep', () => {
    // Each level nests by another role: property (with a key to escape), items array, single items, allOf, additionalProperties.
    const steps = [
      (inner: object) => ({ properties: { 'a/b~c': inner } }),
      (inner: object) => ({ items: [{ type: 'string' }, inner] }),
      (inner: object) => ({ items: inner }),
      (inner: object) => ({ allOf: [inner] }),
      (inner: object) => ({ additionalProperties: inner }),
    ];
    const suffixes = ['/properties/a~1b~0c', '/items/1', '/items', '/allOf/0', '/additionalProperties'];
    let deepest: object = { type: 'string', description: 'deepest' };
    let expected = '';
    for (let level = 0; level < 100; level++) {
      deepest = steps[level % 5]!(deepest);
      expected = suffixes[level % 5] + expected;
    }
    const read: string[] = [];
    const reader = defineRule({
      meta: { ...everyOperation.meta, id: 'test-deep-pointer', messages: {} },
      create: () => ({ schema: (node) => void (node.value.description === 'deepest' && read.push(node.pointer, node.parent!.pointer)) }),
    });
    validateConnector({ apiDefinition: definition({ definitions: { Deep: deepest } }) }, { extraRules: [reader] });
    expect(read).toEqual(['/definitions/Deep' + expected, '/definitions/Deep' + expected.slice(0, -'/properties/a~1b~0c'.length)]);
  });

  it('builds no node of a kind nobody listens to', () => {
    const file = parseConnector({ 'apiDefinition.swagger.json': JSON.stringify(swagger) }).files[0] as JsonFile;
    const walk = (listened: ReadonlyArray<keyof NodeKinds>, extensionNames?: readonly string[]) => {
      const kinds: string[] = [];
      const extensionTo = (name: string) =>
        listened.includes('extension') && (extensionNames ?? [name]).includes(name) ? () => kinds.push('extension') : undefined;
      walkApiDefinition(file, swagger, new RefResolver(swagger), { emit: (kind) => kinds.push(kind), has: (kind) => listened.includes(kind), extensionTo });
      return kinds;
    };
    const without = walk(['schema']);
    expect(without).not.toContain('extension');
    expect(without).not.toContain('ref');
    // Schemas below a reference holder are still visited.
    expect(without.filter((kind) => kind === 'schema')).toHaveLength(7);
    const all = walk(['schema', 'extension', 'ref']);
    expect(all.filter((kind) => kind === 'extension')).toHaveLength(7);
    expect(all.filter((kind) => kind === 'ref')).toHaveLength(3);
    // Extensions whose names no rule wants are not built either.
    expect(walk(['extension'], ['x-q', 'x-h']).filter((kind) => kind === 'extension')).toHaveLength(2);
  });
});

describe('dispatch', () => {
  it('stops every visitor of a rule once one of them throws', () => {
    let operations = 0;
    let schemas = 0;
    const failing = defineRule({
      meta: { ...everyOperation.meta, id: 'test-fails-on-schema', messages: {} },
      create: () => ({
        schema: () => {
          schemas += 1;
          throw new Error('boom');
        },
        operation: () => {
          operations += 1;
        },
      }),
    });
    const result = validateConnector({ apiDefinition: swagger }, { extraRules: [failing, everyOperation as Rule] });
    expect(result.findings.filter((f) => f.ruleId === 'internal-error').map((f) => f.message)).toEqual([
      "Rule 'test-fails-on-schema' failed on this connector (boom); please report it.",
    ]);
    // Definitions are walked before paths: the operation visitor of the failed rule never runs, other rules' do.
    expect([schemas, operations]).toEqual([1, 0]);
    expect(result.findings.filter((f) => f.ruleId === 'test-every-operation')).toHaveLength(1);
  });
});
