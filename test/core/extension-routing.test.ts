import { describe, expect, it } from 'vitest';
import { defineRule, validateConnector, type Rule, type Visitors } from '../../src/index.js';
import type { ExtensionNode, ExtensionOwner } from '../../src/core/nodes.js';
import { everyOperation } from '../helpers/every-operation.js';
import { definition } from '../helpers/minimal-definition.js';

/** The same two extensions on every kind of object that can own one. */
const both = { 'x-ms-summary': 'Shown', 'x-other': 1 };
const swagger = definition({
  info: { title: 'Contoso', version: '1.0', ...both },
  ...both,
  securityDefinitions: { key: { type: 'apiKey', name: 'k', in: 'header', ...both } },
  parameters: { Limit: { name: 'limit', in: 'query', type: 'integer', ...both } },
  responses: { Gone: { description: 'Gone', ...both } },
  definitions: {
    Item: { type: 'object', properties: { next: { $ref: '#/definitions/Item', ...both }, name: { type: 'string', ...both } }, ...both },
  },
  paths: {
    '/items': {
      ...both,
      get: {
        operationId: 'ListItems',
        ...both,
        parameters: [{ name: 'q', in: 'query', type: 'string', ...both }],
        responses: { '200': { description: 'OK', headers: { 'X-Id': { type: 'string', ...both } }, schema: { $ref: '#/definitions/Item' }, ...both } },
      },
    },
  },
});

const owners: readonly ExtensionOwner[] = ['root', 'info', 'pathItem', 'operation', 'parameter', 'response', 'header', 'schema', 'securityDefinition'];

type Seen = { rule: string; name: string; pointer: string; owner: string; ownerPointer: string; operation: string | undefined };

function recording(id: string, seen: Seen[], visitors: (record: (node: ExtensionNode) => void) => Visitors): Rule {
  const record = (node: ExtensionNode) =>
    seen.push({ rule: id, name: node.name, pointer: node.pointer, owner: node.owner, ownerPointer: node.ownerPointer, operation: node.operation?.pointer });
  return defineRule({ meta: { ...everyOperation.meta, id, messages: {} }, create: () => visitors(record) });
}

const of = (seen: Seen[], rule: string) => seen.filter((entry) => entry.rule === rule).map(({ rule: _, ...node }) => node);

describe('extension visitors keyed by name', () => {
  it('receive exactly the extensions a plain visitor filtering by name receives, on every owner kind', () => {
    const seen: Seen[] = [];
    const plain = recording('test-plain', seen, (record) => ({
      extension: (node) => {
        if (node.name === 'x-ms-summary') record(node);
      },
    }));
    const keyed = recording('test-keyed', seen, (record) => ({ 'extension:x-ms-summary': record }));
    const all = recording('test-all', seen, (record) => ({ extension: record }));
    validateConnector({ apiDefinition: swagger }, { extraRules: [plain, keyed, all] });

    const summaries = of(seen, 'test-plain');
    expect(new Set(summaries.map((node) => node.owner))).toEqual(new Set(owners));
    expect(summaries).toHaveLength(13);
    expect(of(seen, 'test-keyed')).toEqual(summaries);
    // A plain visitor still receives every extension.
    expect(of(seen, 'test-all').filter((node) => node.name === 'x-ms-summary')).toEqual(summaries);
    expect(of(seen, 'test-all').filter((node) => node.name === 'x-other')).toHaveLength(13);
  });

  it('are called with the plain ones in rule order, each node once per visitor', () => {
    const calls: string[] = [];
    const rule = (id: string, visitors: Visitors) => defineRule({ meta: { ...everyOperation.meta, id, messages: {} }, create: () => visitors });
    const first = rule('test-first', { 'extension:x-other': (node) => calls.push(`first ${node.pointer}`) });
    const second = rule('test-second', { extension: (node) => node.name === 'x-other' && calls.push(`second ${node.pointer}`) });
    const third = rule('test-third', {
      'extension:x-other': (node) => calls.push(`third ${node.pointer}`),
      'extension:x-absent': (node) => calls.push(`absent ${node.pointer}`),
    });
    validateConnector({ apiDefinition: swagger }, { extraRules: [first, second, third] });
    expect(calls.slice(0, 3)).toEqual(['first /x-other', 'second /x-other', 'third /x-other']);
    expect(calls).toHaveLength(39);
    expect(calls.some((call) => call.startsWith('absent'))).toBe(false);
  });

  it('take a rule off every name once one of its visitors throws', () => {
    let summaries = 0;
    let others = 0;
    const failing = defineRule({
      meta: { ...everyOperation.meta, id: 'test-fails-on-summary', messages: {} },
      create: () => ({
        'extension:x-ms-summary': () => {
          summaries += 1;
          throw new Error('boom');
        },
        'extension:x-other': () => {
          others += 1;
        },
      }),
    });
    let seen = 0;
    const other = defineRule({
      meta: { ...everyOperation.meta, id: 'test-sees-summaries', messages: {} },
      create: () => ({ 'extension:x-ms-summary': () => void (seen += 1) }),
    });
    const result = validateConnector({ apiDefinition: swagger }, { extraRules: [failing, other] });
    expect(result.findings.filter((f) => f.ruleId === 'internal-error').map((f) => f.message)).toEqual([
      "Rule 'test-fails-on-summary' failed on this connector (boom); please report it.",
    ]);
    // The root's x-ms-summary comes before its x-other: the failed rule sees neither again.
    expect([summaries, others, seen]).toEqual([1, 0, 13]);
  });
});
