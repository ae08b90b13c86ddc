import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';
import { show, unknownKeys } from '../shared/extensions.js';

const keys = ['value-collection', 'value-path'];

export const docs: RuleDocs = {
  rationale: 'The extension tells the designer where a trigger parameter takes its value from in a response; it needs a path to read.',
  fix: 'Give `value-collection` (the array) and/or `value-path` (the field in each item) as strings.',
  source: 'The repository schema apiDefinition.swagger.schema.json (x-ms-trigger-value, minProperties 1).',
};

export default defineRule({
  meta: {
    id: 'ext-trigger-value',
    area: 'ext',
    description: "`x-ms-trigger-value` is an object with 'value-collection' and/or 'value-path' strings, and nothing else.",
    severity: everywhere('error'),
    messages: {
      notObject: "x-ms-trigger-value is {value}; write an object with 'value-collection' and/or 'value-path'.",
      empty: "x-ms-trigger-value names neither 'value-collection' nor 'value-path'; add at least one.",
      notString: "x-ms-trigger-value.{key} is {value}; write the path as a string.",
      unknownKey: "'{key}' is not part of x-ms-trigger-value; use 'value-collection' or 'value-path'.",
    },
  },
  create(context) {
    return {
      'extension:x-ms-trigger-value'(node) {
        const { value } = node;
        if (!isObject(value)) return context.report({ messageId: 'notObject', pointer: node.pointer, data: { value: show(value) } });
        for (const key of unknownKeys(value, keys)) context.report({ messageId: 'unknownKey', pointer: joinPointer(node.pointer, key), target: 'key', data: { key } });
        const present = keys.filter((key) => value[key] !== undefined);
        if (present.length === 0) context.report({ messageId: 'empty', pointer: node.pointer });
        for (const key of present) {
          if (typeof value[key] !== 'string') context.report({ messageId: 'notString', pointer: joinPointer(node.pointer, key), data: { key, value: show(value[key]) } });
        }
      },
    };
  },
});
