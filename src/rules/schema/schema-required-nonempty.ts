import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';

export const docs: RuleDocs = {
  rationale: 'An empty `required` array says nothing; the validator asks for at least one name or no list at all.',
  fix: 'Delete `"required": []`.',
  source: 'Microsoft Learn, Swagger Validator rule RequiredPropertyArrayEmpty.',
};

export default defineRule({
  meta: {
    id: 'schema-required-nonempty',
    area: 'schema',
    description: 'A `required` list is not empty.',
    severity: everywhere('error'),
    fixable: true,
    messages: {
      empty: "The 'required' list is empty; remove it when no property is required.",
    },
  },
  create(context) {
    return {
      schema(node) {
        const { value } = node;
        if (Array.isArray(value.required) && value.required.length === 0) {
          context.report({ messageId: 'empty', pointer: joinPointer(node.pointer, 'required'), fix: [{ op: 'remove', path: joinPointer(node.pointer, 'required') }] });
        }
      },
    };
  },
});
