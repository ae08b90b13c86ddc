import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { convertedTo, replaceWith } from '../shared/fixes.js';
import { declaredType, fitsType, jsonTypeOf, onSchemaLike } from '../shared/schemas.js';

/** Types whose enum values can be compared with `type` directly. */
const scalarTypes = new Set(['string', 'number', 'integer', 'boolean']);

export const docs: RuleDocs = {
  rationale: 'An enum value of another type can never be sent or received as declared; the validator rejects it.',
  fix: 'Quote numbers in a string enum (`"1"`), or unquote them in a number enum, so that each value matches `type`. When the value converts without doubt, the finding\'s fix writes it in the declared type.',
  source: 'Microsoft Learn, Swagger Validator rule InvalidEnumValue.',
};

export default defineRule({
  meta: {
    id: 'schema-enum-type',
    area: 'schema',
    description: 'Every `enum` value has the declared `type`.',
    severity: everywhere('error'),
    fixable: true,
    messages: {
      mismatch: "The enum value {value} is of type '{actual}' but the schema's type is '{type}'; make it a value of type '{type}'.",
    },
  },
  create(context) {
    return onSchemaLike(({ value, pointer }) => {
      const type = declaredType(value);
      if (!type || !scalarTypes.has(type)) return;
      (value.enum as unknown[]).forEach((item, index) => {
        if (fitsType(item, type)) return;
        const at = joinPointer(pointer, 'enum', index);
        const fixed = convertedTo(type, item);
        context.report({
          messageId: 'mismatch',
          pointer: at,
          ...(fixed && { fix: replaceWith(at, fixed.value) }),
          data: { value: (JSON.stringify(item) ?? String(item)).slice(0, 60), actual: jsonTypeOf(item), type },
        });
      });
    }, (value) => Array.isArray(value.enum));
  },
});
