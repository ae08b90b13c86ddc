import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';
import { hasSchema, operationLabel, operationResponses } from '../shared/responses.js';

export const docs: RuleDocs = {
  rationale:
    "Certification does not accept empty operations. Microsoft does not define the term; an operation with neither inputs nor outputs is the closest mechanical reading, so this is a warning. When the operation has a 200 or 201 response without a schema, resp-success-schema reports it and this rule stays silent (earlier versions reported both).",
  fix: 'Add the parameters the call needs and a schema for the response it returns.',
  source: "Microsoft Learn, certification submission",
};

export default defineRule({
  meta: {
    id: 'resp-no-empty-operation',
    area: 'resp',
    description: 'An operation takes some input or returns some output.',
    severity: certification('warning'),
    messages: {
      empty: "Operation '{operation}' has no parameters and no response schema; describe what it sends or returns, or remove it.",
    },
  },
  create(context) {
    return {
      operation(operation) {
        if (operation.parameters.length > 0) return;
        if (isObject(operation.pathItem.value['x-ms-notification-content'])) return;
        const responses = operationResponses(operation, context.refs);
        if (responses.some(hasSchema)) return;
        // A 200 or 201 without a schema is resp-success-schema's finding, which already asks for the outputs.
        if (responses.some((r) => r.code === '200' || r.code === '201')) return;
        context.report({ messageId: 'empty', pointer: operation.pointer, data: { operation: operationLabel(operation) } });
      },
    };
  },
});
