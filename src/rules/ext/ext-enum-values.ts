import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';
import { show, unknownKeys } from '../shared/extensions.js';

export const docs: RuleDocs = {
  rationale: 'The designer shows `displayName` instead of each enum value; a value that is not in `enum`, or listed twice, has no single meaning.',
  fix: 'List each value of `enum` once, with its display name.',
  source:
    'Microsoft Learn, Swagger Validator rules InvalidEnumValuesExtensionValue, MissingEnumValuesDisplayName, DuplicateEnumValuesInExtension; the repository schema.',
};

export default defineRule({
  meta: {
    id: 'ext-enum-values',
    area: 'ext',
    description: "`x-ms-enum-values` is a list of `{ value, displayName }`, each value taken from the sibling `enum` and listed once.",
    severity: everywhere('error'),
    messages: {
      notArray: 'x-ms-enum-values is {value}; write a list of { "value": ..., "displayName": "..." } objects.',
      notObject: 'Item {index} of x-ms-enum-values is {value}; write { "value": ..., "displayName": "..." }.',
      missing: "Item {index} of x-ms-enum-values has no '{key}'; add it.",
      displayName: 'The displayName of item {index} is {value}; write the label as a string.',
      unknownKey: "'{key}' is not part of an x-ms-enum-values item; keep only 'value' and 'displayName'.",
      notInEnum: "The value {value} is not one of the schema's enum values; use a value from 'enum' or add it there.",
      duplicate: 'The value {value} is listed more than once; give each value one display name.',
    },
  },
  create(context) {
    return {
      'extension:x-ms-enum-values'(node) {
        const { value, ownerValue } = node;
        if (!Array.isArray(value)) return context.report({ messageId: 'notArray', pointer: node.pointer, data: { value: show(value) } });
        const allowed = Array.isArray(ownerValue.enum) ? new Set(ownerValue.enum.map((v) => JSON.stringify(v))) : undefined;
        const seen = new Set<string>();
        value.forEach((item, index) => {
          const at = joinPointer(node.pointer, index);
          if (!isObject(item)) return context.report({ messageId: 'notObject', pointer: at, data: { index, value: show(item) } });
          for (const key of unknownKeys(item, ['value', 'displayName'])) context.report({ messageId: 'unknownKey', pointer: joinPointer(at, key), target: 'key', data: { key } });
          for (const key of ['value', 'displayName']) if (item[key] === undefined) context.report({ messageId: 'missing', pointer: at, data: { index, key } });
          if (item.displayName !== undefined && typeof item.displayName !== 'string') {
            context.report({ messageId: 'displayName', pointer: joinPointer(at, 'displayName'), data: { index, value: show(item.displayName) } });
          }
          if (item.value === undefined) return;
          const key = JSON.stringify(item.value);
          if (allowed && !allowed.has(key)) context.report({ messageId: 'notInEnum', pointer: joinPointer(at, 'value'), data: { value: show(item.value) } });
          if (seen.has(key)) context.report({ messageId: 'duplicate', pointer: joinPointer(at, 'value'), data: { value: show(item.value) } });
          seen.add(key);
        });
      },
    };
  },
});
