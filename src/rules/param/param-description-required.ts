import { joinPointer } from '../../core/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { has } from '../shared/operations.js';
import { isUserFacing, parameterLabel } from '../shared/parameters.js';

export const docs: RuleDocs = {
  rationale:
    'The description is the hint under the input field in the designer. The validator requires it. Body parameters (described through their schema) and internal parameters (never shown) are exempt, as in accepted connectors.',
  fix: "Add `description`: a full sentence on the value expected, its format or where to find it, such as 'The identifier of the tide station.'",
  source: "Swagger Validator RequiredPropertyMissing, PowerPlatformConnectors PR#550, PR#3407.",
};

export default defineRule({
  meta: {
    id: 'param-description-required',
    area: 'param',
    description: 'Every parameter a user fills in has a non-empty `description` (body and internal parameters are exempt).',
    severity: certification('error'),
    messages: {
      missing: 'The parameter {parameter} has no description; add a sentence that says what value to give.',
      empty: 'The parameter {parameter} has an empty description; write a sentence that says what value to give.',
    },
  },
  create(context) {
    return {
      parameter({ value, pointer }) {
        if (!isUserFacing(value)) return;
        const data = { parameter: parameterLabel(value) };
        if (!has(value, 'description')) context.report({ messageId: 'missing', pointer, data });
        else if (typeof value.description === 'string' && value.description.trim() === '') {
          context.report({ messageId: 'empty', pointer: joinPointer(pointer, 'description'), data });
        }
      },
    };
  },
});
