import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { onSchemaLike } from '../shared/schemas.js';

export const docs: RuleDocs = {
  rationale: 'An empty enum accepts nothing; the validator rejects it.',
  fix: 'List the allowed values, or delete the `enum` key.',
  source: 'Microsoft Learn, Swagger Validator rule EnumMustContainAtLeastOneElement.',
};

export default defineRule({
  meta: {
    id: 'schema-enum-nonempty',
    area: 'schema',
    description: 'An `enum` lists at least one value.',
    severity: everywhere('error'),
    messages: {
      empty: "The 'enum' list is empty, so no value is allowed; list the allowed values or remove 'enum'.",
    },
  },
  create(context) {
    return onSchemaLike(
      (target) => context.report({ messageId: 'empty', pointer: joinPointer(target.pointer, 'enum') }),
      (value) => Array.isArray(value.enum) && value.enum.length === 0,
    );
  },
});
