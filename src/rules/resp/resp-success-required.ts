import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { joinPointer } from '../../parse/pointer.js';
import { isSuccessCode, operationLabel, operationResponses } from '../shared/responses.js';

export const docs: RuleDocs = {
  rationale:
    'The designer shows outputs and decides success from the 2xx response. The validator words this as "should" and merged connectors have operations without one, so it is a warning.',
  fix: 'Add a `200` (or `201`, `202`, `204`) response with a description, and a schema when the service returns a body.',
  source: "Microsoft Learn, Swagger Validator rule OperationShouldHaveSuccessfulResponse; coding standards",
};

export default defineRule({
  meta: {
    id: 'resp-success-required',
    area: 'resp',
    description: 'Every operation defines at least one 2xx response.',
    severity: certification('warning'),
    messages: {
      missing: "Operation '{operation}' has no 2xx response; add the success response the service returns (for example 200 or 201).",
    },
  },
  create(context) {
    return {
      operation(operation) {
        const responses = operationResponses(operation, context.refs);
        // No responses at all is op-must-have-response's finding.
        if (responses.length === 0 || responses.some((r) => isSuccessCode(r.code))) return;
        context.report({
          messageId: 'missing',
          pointer: joinPointer(operation.pointer, 'responses'),
          data: { operation: operationLabel(operation) },
        });
      },
    };
  },
});
