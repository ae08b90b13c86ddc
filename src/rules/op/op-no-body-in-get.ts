import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { operationLabel } from '../shared/operations.js';
import { locationOf, parameterLabel } from '../shared/parameters.js';

export const docs: RuleDocs = {
  rationale: 'The platform does not send a request body with GET requests, so such a parameter never reaches the service; the validator rejects it.',
  fix: 'Move the values to query parameters, or change the method to POST if the service expects a body.',
  source: 'Swagger Validator BodyOrFormDataParameterInFetchOperationNotAllowed.',
};

export default defineRule({
  meta: {
    id: 'op-no-body-in-get',
    area: 'op',
    description: 'GET operations have no `body` or `formData` parameter.',
    severity: everywhere('error'),
    messages: {
      body: "GET operation '{operation}' has the parameter {parameter}; send it as a query parameter or use POST.",
    },
  },
  create(context) {
    return {
      operation(operation) {
        if (operation.method !== 'get') return;
        for (const parameter of operation.parameters) {
          const location = locationOf(parameter.value);
          if (location !== 'body' && location !== 'formData') continue;
          context.report({
            messageId: 'body',
            pointer: parameter.usePointer,
            data: { operation: operationLabel(operation), parameter: parameterLabel(parameter.value) },
          });
        }
      },
    };
  },
});
