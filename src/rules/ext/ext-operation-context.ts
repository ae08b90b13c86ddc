import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';
import { show, unknownKeys } from '../shared/extensions.js';

export const docs: RuleDocs = {
  rationale: 'The extension tells the designer which operation to call to simulate this one (for example to test a trigger); it needs that operation\'s id.',
  fix: 'Write `"x-ms-operation-context": { "simulate": { "operationId": "<operation>", "parameters": { ... } } }`.',
  source: 'Microsoft Learn, OpenAPI extensions (x-ms-operation-context); the repository schema.',
};

export default defineRule({
  meta: {
    id: 'ext-operation-context',
    area: 'ext',
    description: '`x-ms-operation-context` is `{ "simulate": { "operationId": ..., "parameters": { ... } } }`.',
    severity: everywhere('error'),
    messages: {
      notObject: '{key} is {value}; write it as an object.',
      missing: "{key} has no '{missing}'; add it.",
      unknownKey: "'{key}' is not part of {where}; use {allowed}.",
      notString: 'simulate.operationId is {value}; write the operation id as a string.',
    },
  },
  create(context) {
    return {
      'extension:x-ms-operation-context'(node) {
        const { name, value } = node;
        if (!isObject(value)) return context.report({ messageId: 'notObject', pointer: node.pointer, data: { key: name, value: show(value) } });
        for (const key of unknownKeys(value, ['simulate'])) {
          context.report({ messageId: 'unknownKey', pointer: joinPointer(node.pointer, key), target: 'key', data: { key, where: name, allowed: "'simulate'" } });
        }
        const simulate = value.simulate;
        const at = joinPointer(node.pointer, 'simulate');
        if (simulate === undefined) return context.report({ messageId: 'missing', pointer: node.pointer, data: { key: name, missing: 'simulate' } });
        if (!isObject(simulate)) return context.report({ messageId: 'notObject', pointer: at, data: { key: 'simulate', value: show(simulate) } });
        for (const key of unknownKeys(simulate, ['operationId', 'parameters'])) {
          context.report({ messageId: 'unknownKey', pointer: joinPointer(at, key), target: 'key', data: { key, where: 'simulate', allowed: "'operationId', 'parameters'" } });
        }
        if (simulate.operationId === undefined) context.report({ messageId: 'missing', pointer: at, data: { key: 'simulate', missing: 'operationId' } });
        else if (typeof simulate.operationId !== 'string') context.report({ messageId: 'notString', pointer: joinPointer(at, 'operationId'), data: { value: show(simulate.operationId) } });
        if (simulate.parameters !== undefined && !isObject(simulate.parameters)) {
          context.report({ messageId: 'notObject', pointer: joinPointer(at, 'parameters'), data: { key: 'simulate.parameters', value: show(simulate.parameters) } });
        }
      },
    };
  },
});
