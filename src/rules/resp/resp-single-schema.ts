import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { hasSchema, operationLabel, operationResponses } from '../shared/responses.js';

export const docs: RuleDocs = {
  rationale: 'The designer builds the outputs of an action from a single response schema; the others are ignored.',
  fix: 'Remove the schemas from error responses and keep only the one on the success response.',
  source: 'Microsoft Learn, Swagger Validator rule OperationHasManyResponsesWithSchema',
};

export default defineRule({
  meta: {
    id: 'resp-single-schema',
    area: 'resp',
    description: 'At most one response of an operation has a schema.',
    severity: certification('warning'),
    messages: {
      many: "Operation '{operation}' has schemas on responses {codes}, but the designer uses only one; keep the schema on the success response.",
    },
  },
  create(context) {
    return {
      operation(operation) {
        const withSchema = operationResponses(operation, context.refs).filter(hasSchema);
        if (withSchema.length < 2) return;
        context.report({
          messageId: 'many',
          pointer: withSchema[1]!.usePointer,
          data: { operation: operationLabel(operation), codes: withSchema.map((r) => r.code).join(', ') },
        });
      },
    };
  },
});
