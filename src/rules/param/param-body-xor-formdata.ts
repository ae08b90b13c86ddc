import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { operationLabel } from '../shared/operations.js';
import { locationOf } from '../shared/parameters.js';

export const docs: RuleDocs = {
  rationale: 'A request body is either a payload described by one schema or a form built from formData parameters, never both.',
  fix: 'For a form (files, multipart), use only formData parameters; for JSON, use one body parameter.',
  source: 'Swagger Validator ParameterListContainsFormDataAndBody; Swagger 2.0 specification.',
};

export default defineRule({
  meta: {
    id: 'param-body-xor-formdata',
    area: 'param',
    description: 'An operation does not mix a body parameter with formData parameters.',
    severity: everywhere('error'),
    messages: {
      both: "Operation '{operation}' has both a body parameter and formData parameters; send either a body or a form.",
    },
  },
  create(context) {
    return {
      operation(operation) {
        const locations = new Set(operation.parameters.map((parameter) => locationOf(parameter.value)));
        if (locations.has('body') && locations.has('formData')) {
          context.report({ messageId: 'both', pointer: operation.pointer, target: 'key', data: { operation: operationLabel(operation) } });
        }
      },
    };
  },
});
