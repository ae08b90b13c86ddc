import type { OperationNode } from '../../core/nodes.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';
import { clip } from '../shared/operation-text.js';
import { isTrigger, operationLabel, stringField } from '../shared/operations.js';
import { locationOf } from '../shared/parameters.js';

/** How a parameter shows in the designer: its type and visibility, as written. */
function shapeOf(value: Record<string, unknown>, key: 'type' | 'x-ms-visibility'): string {
  const field = value[key];
  return typeof field === 'string' ? field : '(none)';
}

export const docs: RuleDocs = {
  rationale:
    'A trigger with `x-ms-notification` is offered both by polling (the fetch operation) and by webhook (the subscribe operation); the designer shows one set of inputs for both, so same-named inputs must agree.',
  fix: 'Give the parameter the same `type` and `x-ms-visibility` in both operations, or reference one shared definition under `#/parameters`.',
  source: 'Swagger Validator ParamtersWithSameNameMustHaveSameTypeAndVisibility.',
};

export default defineRule({
  meta: {
    id: 'param-trigger-pair-consistent',
    area: 'param',
    description: "Parameters of the same name in a trigger (fetch) and the webhook it subscribes with have the same type and visibility.",
    severity: everywhere('error'),
    messages: {
      differs: "The parameter '{name}' has {field} '{fetch}' in trigger '{trigger}' but '{subscribe}' in its subscribe operation '{webhook}'; make them the same.",
    },
  },
  create(context) {
    const byId = new Map<string, OperationNode>();
    const triggers: OperationNode[] = [];
    let file: string | undefined;
    return {
      apiDefinition(node) {
        file = node.file.name;
      },
      operation(operation) {
        const operationId = stringField(operation.value, 'operationId');
        if (operationId && !byId.has(operationId)) byId.set(operationId, operation);
        if (isTrigger(operation) && isObject(operation.value['x-ms-notification'])) triggers.push(operation);
      },
      connectorEnd() {
        if (!file) return;
        const reported = new Set<string>();
        for (const trigger of triggers) {
          const notification = trigger.value['x-ms-notification'] as Record<string, unknown>;
          const webhook = typeof notification.operationId === 'string' ? byId.get(notification.operationId) : undefined;
          if (!webhook) continue;
          for (const parameter of trigger.parameters) {
            const name = stringField(parameter.value, 'name');
            if (name === undefined || locationOf(parameter.value) === 'body') continue;
            const twin = webhook.parameters.find((other) => stringField(other.value, 'name') === name && locationOf(other.value) !== 'body');
            if (!twin) continue;
            for (const field of ['type', 'x-ms-visibility'] as const) {
              const fetch = shapeOf(parameter.value, field);
              const subscribe = shapeOf(twin.value, field);
              const key = `${parameter.usePointer}\u0000${field}`;
              if (fetch === subscribe || reported.has(key)) continue;
              reported.add(key);
              context.report({
                messageId: 'differs',
                file,
                pointer: parameter.usePointer,
                data: { name: clip(name), field, fetch: clip(fetch), subscribe: clip(subscribe), trigger: operationLabel(trigger), webhook: operationLabel(webhook) },
              });
            }
          }
        }
      },
    };
  },
});
