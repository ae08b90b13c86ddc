import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';
import { hasSchema, operationLabel, operationResponses } from '../shared/responses.js';

export const docs: RuleDocs = {
  rationale:
    'Flows can only use outputs that a schema describes. The validator words this as "should" and merged connectors have 200 responses without a body, so it is a warning.',
  fix: 'Add a `schema` to the 200 or 201 response (a `$ref` to a definition is fine). If the service returns no body, document the response as 204 instead.',
  source:
    "Microsoft Learn, Swagger Validator rule SchemaDefinitionSetIncorrectly; certification submission",
};

export default defineRule({
  meta: {
    id: 'resp-success-schema',
    area: 'resp',
    description: 'An operation with a 200 or 201 response defines the body schema there (webhook triggers: in x-ms-notification-content).',
    severity: certification('warning'),
    messages: {
      missing:
        "Operation '{operation}' returns {code} without a schema, so its outputs are invisible in the designer; describe the response body, or use 204 if there is none.",
    },
  },
  create(context) {
    return {
      operation(operation) {
        const notification = operation.pathItem.value['x-ms-notification-content'];
        if (operation.value['x-ms-trigger'] !== undefined && isObject(notification) && notification.schema !== undefined) return;
        const bodies = operationResponses(operation, context.refs).filter((r) => r.code === '200' || r.code === '201');
        if (bodies.length === 0 || bodies.some(hasSchema)) return;
        const first = bodies[0]!;
        context.report({ messageId: 'missing', pointer: first.usePointer, data: { operation: operationLabel(operation), code: first.code } });
      },
    };
  },
});
