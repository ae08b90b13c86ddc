import { joinPointer } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { has } from '../shared/operations.js';
import { isUserFacing, onlyOnInternalOperations, parameterLabel } from '../shared/parameters.js';

export const docs: RuleDocs = {
  rationale:
    'The description is the hint under the input field in the designer. The validator requires it. Body parameters (described through their schema) and internal parameters (never shown) are exempt, as in accepted connectors. Parameters of an operation hidden with `x-ms-visibility: internal` are exempt too: the designer never shows the operation, so nobody reads their labels, and the Microsoft validator, which runs on every pull request, accepted them in 71 of the 277 certified connector folders of microsoft/PowerPlatformConnectors (268 parameters without x-ms-summary, 169 without description), against 3 folders where a visible operation lacks one.',
  fix: "Add `description`: a full sentence on the value expected, its format or where to find it, such as 'The identifier of the tide station.'",
  source:
    "Swagger Validator RequiredPropertyMissing, PowerPlatformConnectors PR#550, PR#3407; Microsoft Learn, OpenAPI extensions (x-ms-visibility: internal hides an operation and its inputs); the merged certified folders of microsoft/PowerPlatformConnectors at 8bff86e for the internal-operation exemption.",
};

export default defineRule({
  meta: {
    id: 'param-description-required',
    area: 'param',
    description: 'Every parameter a user fills in has a non-empty `description` (body and internal parameters, and those of internal operations, are exempt).',
    severity: certification('error'),
    messages: {
      missing: 'The parameter {parameter} has no description; add a sentence that says what value to give.',
      empty: 'The parameter {parameter} has an empty description; write a sentence that says what value to give.',
    },
  },
  create(context) {
    return {
      parameter(node) {
        const { value } = node;
        if (!isUserFacing(value) || onlyOnInternalOperations(node)) return;
        if (!has(value, 'description')) context.report({ messageId: 'missing', pointer: node.pointer, data: { parameter: parameterLabel(value) } });
        else if (typeof value.description === 'string' && value.description.trim() === '') {
          context.report({ messageId: 'empty', pointer: joinPointer(node.pointer, 'description'), data: { parameter: parameterLabel(value) } });
        }
      },
    };
  },
});
