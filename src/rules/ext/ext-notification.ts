import type { OperationNode } from '../../core/nodes.js';
import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';
import { isWebhook } from '../shared/extensions.js';
import { apiDefinitionName } from '../shared/schemas.js';

export const docs: RuleDocs = {
  rationale: 'The extension links a trigger to the webhook subscription that delivers its events, so it only makes sense between those two kinds of operation.',
  fix: 'Put `x-ms-notification: { "operationId": "<webhook operation>" }` on a non-webhook trigger, naming an operation with x-ms-trigger and x-ms-notification-content.',
  source:
    'Microsoft Learn, Swagger Validator rules NotificationExtensionSupportedForTriggerOnly, NotificationExtensionNotSupportedInWebhookOperation, NotificationOperationMustBeWebhook.',
};

export default defineRule({
  meta: {
    id: 'ext-notification',
    area: 'ext',
    description: '`x-ms-notification` appears only on a trigger that is not itself a webhook, and names a webhook trigger.',
    severity: everywhere('error'),
    messages: {
      notTrigger: "x-ms-notification is only supported on trigger operations; add x-ms-trigger to this operation or remove the extension.",
      onWebhook: 'x-ms-notification must not be defined on a webhook operation; put it on the trigger that the webhook notifies.',
      targetNotWebhook: "x-ms-notification names '{operationId}', which is not a webhook trigger; name the operation that subscribes to the notifications.",
    },
  },
  create(context) {
    const byId = new Map<string, OperationNode>();
    const targets: Array<{ operationId: string; pointer: string }> = [];
    return {
      operation(operation) {
        const id = operation.value.operationId;
        if (typeof id === 'string' && !byId.has(id)) byId.set(id, operation);
      },
      'extension:x-ms-notification'(node) {
        const { value, owner, operation } = node;
        if (owner !== 'operation' || !operation) return;
        if (operation.value['x-ms-trigger'] === undefined) context.report({ messageId: 'notTrigger', pointer: node.pointer });
        else if (isWebhook(operation)) context.report({ messageId: 'onWebhook', pointer: node.pointer });
        if (isObject(value) && typeof value.operationId === 'string') targets.push({ operationId: value.operationId, pointer: joinPointer(node.pointer, 'operationId') });
      },
      connectorEnd() {
        for (const { operationId, pointer } of targets) {
          const target = byId.get(operationId);
          // A missing target is ext-operationid-ref's finding.
          if (target && !isWebhook(target)) context.report({ messageId: 'targetNotWebhook', pointer, file: apiDefinitionName(context), data: { operationId } });
        }
      },
    };
  },
});
