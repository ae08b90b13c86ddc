import { joinPointer } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { has } from '../shared/operations.js';
import { isUserFacing, onlyOnInternalOperations, parameterLabel } from '../shared/parameters.js';

export const docs: RuleDocs = {
  rationale:
    'x-ms-summary is the label of the input field in the designer; without it users see the raw parameter name. The validator requires it. Body parameters (labelled through their schema) and internal parameters (never shown) are exempt, as in every accepted connector. Parameters of an operation hidden with `x-ms-visibility: internal` are exempt too: the designer never shows the operation, so nobody reads their labels, and the Microsoft validator, which runs on every pull request, accepted them in 71 of the 277 certified connector folders of microsoft/PowerPlatformConnectors (268 parameters without x-ms-summary, 169 without description), against 3 folders where a visible operation lacks one.',
  fix: 'Add `x-ms-summary`: a Title Case label of at most 80 characters.',
  source:
    "Swagger Validator RequiredPropertyMissing, PowerPlatformConnectors PR#1003, PR#3407, PR#4041; Microsoft Learn, OpenAPI extensions (x-ms-visibility: internal hides an operation and its inputs); the merged certified folders of microsoft/PowerPlatformConnectors at 8bff86e for the internal-operation exemption.",
};

export default defineRule({
  meta: {
    id: 'param-x-ms-summary-required',
    area: 'param',
    description: 'Every parameter a user fills in has a non-empty `x-ms-summary` (body and internal parameters, and those of internal operations, are exempt).',
    severity: certification('error'),
    messages: {
      missing: "The parameter {parameter} has no x-ms-summary; add a short Title Case label such as 'Station ID'.",
      empty: "The parameter {parameter} has an empty x-ms-summary; write a short Title Case label such as 'Station ID'.",
    },
  },
  create(context) {
    return {
      parameter(node) {
        const { value } = node;
        if (!isUserFacing(value) || onlyOnInternalOperations(node)) return;
        if (!has(value, 'x-ms-summary')) context.report({ messageId: 'missing', pointer: node.pointer, data: { parameter: parameterLabel(value) } });
        else if (typeof value['x-ms-summary'] === 'string' && value['x-ms-summary'].trim() === '') {
          context.report({ messageId: 'empty', pointer: joinPointer(node.pointer, 'x-ms-summary'), data: { parameter: parameterLabel(value) } });
        }
      },
    };
  },
});
