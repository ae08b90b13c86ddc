import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { has } from '../shared/operations.js';
import { locationOf, parameterLabel } from '../shared/parameters.js';

export const docs: RuleDocs = {
  rationale: 'Only a query or form field can be sent with an empty value (`?flag=`); elsewhere the keyword has no meaning and the validator rejects it.',
  fix: "Remove `allowEmptyValue` from the parameter (the finding's fix does).",
  source: "Swagger Validator AllowEmptyValueOnlyValidForQueryFormData; Swagger 2.0 schema (allowEmptyValue is defined for query and formData parameters only).",
};

export default defineRule({
  meta: {
    id: 'param-allow-empty-value',
    area: 'param',
    description: '`allowEmptyValue` appears only on query and formData parameters.',
    severity: everywhere('error'),
    fixable: true,
    messages: {
      location: 'The {location} parameter {parameter} uses allowEmptyValue, which applies only to query and formData parameters; remove it.',
    },
  },
  create(context) {
    return {
      parameter(node) {
        const { value } = node;
        const location = locationOf(value);
        if (!has(value, 'allowEmptyValue') || location === 'query' || location === 'formData') return;
        context.report({
          messageId: 'location',
          pointer: joinPointer(node.pointer, 'allowEmptyValue'),
          target: 'key',
          data: { location: location ?? 'unplaced', parameter: parameterLabel(value) },
          fix: [{ op: 'remove', path: joinPointer(node.pointer, 'allowEmptyValue') }],
        });
      },
    };
  },
});
