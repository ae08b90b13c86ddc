import type { OperationNode } from '../../core/nodes.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';
import { notificationUrlFields, show } from '../shared/extensions.js';
import { operationLabel } from '../shared/responses.js';
import { apiDefinitionName } from '../shared/schemas.js';

export const docs: RuleDocs = {
  rationale:
    'A webhook trigger receives its events at the callback URL; `x-ms-notification-content` on the path item describes their body so that flows can use it.',
  fix: 'Add `"x-ms-notification-content": { "description": "...", "schema": { ... } }` to the path item that holds the subscribe operation.',
  source:
    'Microsoft Learn, OpenAPI extensions and webhook triggers; Swagger Validator rule OperationMustHaveNotificationContentExtension. The docs say "Applies to: Operations", but the schema and every merged connector put it on the path item.',
};

export default defineRule({
  meta: {
    id: 'ext-notification-content',
    area: 'ext',
    description: '`x-ms-notification-content` is an object on the path item, present wherever an operation takes a notification URL.',
    severity: everywhere('error'),
    messages: {
      notObject: "x-ms-notification-content is {value}; write an object with the 'schema' of the notification (and an optional 'description').",
      missing:
        "Operation '{operation}' marks an input with x-ms-notification-url but its path has no x-ms-notification-content; describe the notification the service sends beside the operation.",
    },
  },
  create(context) {
    const operations: OperationNode[] = [];
    let marked = false; // searching bodies is only worth it when some input is marked
    return {
      'extension:x-ms-notification-url'() {
        marked = true;
      },
      'extension:x-ms-notification-content'(node) {
        const { value } = node;
        if (!isObject(value)) context.report({ messageId: 'notObject', pointer: node.pointer, data: { value: show(value) } });
      },
      operation(operation) {
        if (operation.pathItem.value['x-ms-notification-content'] === undefined) operations.push(operation);
      },
      connectorEnd() {
        if (!marked) return;
        for (const operation of operations) {
          if (notificationUrlFields(operation, context.refs).length === 0) continue;
          const data = { operation: operationLabel(operation) };
          context.report({ messageId: 'missing', pointer: operation.pointer, file: apiDefinitionName(context), data });
        }
      },
    };
  },
});
