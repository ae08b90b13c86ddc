import type { OperationNode } from '../../core/nodes.js';
import { parsePointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { isWebhook, notificationUrlFields } from '../shared/extensions.js';
import { operationLabel } from '../shared/responses.js';
import { apiDefinitionName } from '../shared/schemas.js';

/** Whether a pointer lies in a response or a notification schema (outputs, not inputs). */
function isOutput(pointer: string): boolean {
  const segments = parsePointer(pointer) ?? [];
  return segments[0] === 'responses' || (segments[0] === 'paths' && (segments[2] === 'x-ms-notification-content' || segments[3] === 'responses'));
}

export const docs: RuleDocs = {
  rationale:
    "The platform fills the callback URL of a webhook subscription itself, so the field must be in the body, a string, hidden from users and always sent. Whether it is sent is read from the body schema's `required` lists; the body parameter's own `required` flag says whether a body is sent at all and is not judged (merged certified connectors such as Shopranos leave it false).",
  fix: 'On the body property that carries the callback URL: `"type": "string"`, `"x-ms-notification-url": true`, `"x-ms-visibility": "internal"`, and list it (and its parents) as required.',
  source:
    'Microsoft Learn, OpenAPI extensions (x-ms-notification-url) and webhook triggers; Swagger Validator rules WebhookOperationsMissingNotificationUrlProperty, NotificationUrlNotAllowedInThisPosition, NotificationUrlNotString, NotificationUrlNotInternal, NotificationUrlNotRequired.',
};

export default defineRule({
  meta: {
    id: 'ext-notification-url',
    area: 'ext',
    description:
      'A webhook trigger marks its callback URL input with `x-ms-notification-url: true`: a required, internal string property of the request body.',
    severity: everywhere('error'),
    messages: {
      missing: "Webhook trigger '{operation}' has no input marked x-ms-notification-url; mark the body property that carries the callback URL.",
      notInBody: 'x-ms-notification-url is only allowed on a property of the request body; move it to the body property that carries the callback URL.',
      notString: "The notification URL property must be of type 'string'.",
      notInternal: 'The notification URL property must be internal, itself or through a parent; add "x-ms-visibility": "internal" so that users do not fill it in.',
      notRequired: 'The notification URL property must be required at every level of the body schema; list it, and each object above it, in the required list of its parent.',
    },
  },
  create(context) {
    const operations: OperationNode[] = [];
    let marked = false; // searching bodies is only worth it when some input is marked
    const reported = new Set<string>();
    const once = (messageId: 'notInBody' | 'notString' | 'notInternal' | 'notRequired', pointer: string) => {
      const key = `${messageId} ${pointer}`;
      if (reported.has(key)) return;
      reported.add(key);
      context.report({ messageId, pointer: `${pointer}/x-ms-notification-url`, file: apiDefinitionName(context) });
    };
    return {
      'extension:x-ms-notification-url'({ value, owner, ownerValue, ownerPointer }) {
        if (value !== true) return;
        marked = true;
        if ((owner === 'parameter' && ownerValue.in !== 'body') || (owner === 'schema' && isOutput(ownerPointer))) once('notInBody', ownerPointer);
      },
      operation(operation) {
        operations.push(operation);
      },
      connectorEnd() {
        for (const operation of operations) {
          const fields = marked ? notificationUrlFields(operation, context.refs).filter((field) => field.inBody) : [];
          if (fields.length === 0 && isWebhook(operation)) {
            context.report({ messageId: 'missing', pointer: operation.pointer, file: apiDefinitionName(context), data: { operation: operationLabel(operation) } });
          }
          for (const field of fields) {
            if (field.value.type !== 'string') once('notString', field.pointer);
            if (!field.internal) once('notInternal', field.pointer);
            if (!field.required) once('notRequired', field.pointer);
          }
        }
      },
    };
  },
});
