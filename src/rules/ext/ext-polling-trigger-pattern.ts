import type { OperationNode } from '../../core/nodes.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import type { RefResolver } from '../../core/refs.js';
import { entries } from '../../core/walk.js';
import { isWebhook } from '../shared/extensions.js';
import { operationLabel, operationResponses } from '../shared/responses.js';
import { apiDefinitionName } from '../shared/schemas.js';

/** A 202 response that tells the platform where and when to poll again. */
function hasPollingResponse(operation: OperationNode, refs: RefResolver): boolean {
  return operationResponses(operation, refs).some(
    (response) => response.code === '202' && entries(response.value?.headers).some(([name]) => name.toLowerCase() === 'location'),
  );
}

export const docs: RuleDocs = {
  rationale:
    'The platform calls a polling trigger on a schedule and needs a way to tell new items from old ones: the pollingtrigger policy template, or the 202 + Location (+ Retry-After) protocol.',
  fix: 'Add a `pollingtrigger` policy template instance in apiProperties.json (triggerConfig, triggerDataPath), or return 202 with Location and Retry-After headers while there is nothing new.',
  source: 'Microsoft Learn, create a polling trigger; the repository apiProperties schema (pollingtrigger).',
};

export default defineRule({
  meta: {
    id: 'ext-polling-trigger-pattern',
    area: 'ext',
    description: 'A polling trigger is a GET operation that uses the pollingtrigger policy or answers 202 with a Location header while nothing is new.',
    severity: certification('info'),
    messages: {
      notGet: "Polling trigger '{operation}' uses {method}; the platform polls with GET, so make the trigger a GET operation.",
      noPolling:
        "Polling trigger '{operation}' neither uses the pollingtrigger policy template nor answers 202 with a Location header; add one of them so that the platform knows what is new.",
    },
  },
  create(context) {
    const triggers: OperationNode[] = [];
    let policy = false;
    return {
      operation(operation) {
        if (operation.value['x-ms-trigger'] !== undefined && !isWebhook(operation)) triggers.push(operation);
      },
      policyTemplate({ value }) {
        if (typeof value.templateId === 'string' && value.templateId.toLowerCase() === 'pollingtrigger') policy = true;
      },
      connectorEnd() {
        const file = apiDefinitionName(context);
        for (const operation of triggers) {
          const data = { operation: operationLabel(operation), method: operation.method.toUpperCase() };
          if (operation.method !== 'get') context.report({ messageId: 'notGet', pointer: operation.pointer, file, data });
          else if (!policy && !hasPollingResponse(operation, context.refs)) context.report({ messageId: 'noPolling', pointer: operation.pointer, file, data });
        }
      },
    };
  },
});
