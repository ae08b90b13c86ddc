import type { OperationNode } from '../../core/nodes.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { isWebhook } from '../shared/extensions.js';
import { operationLabel } from '../shared/responses.js';
import { apiDefinitionName } from '../shared/schemas.js';

/** The first static segment of a path: `/hooks/{id}` → `hooks`. */
function firstSegment(path: string): string {
  return path.split('/').find((segment) => segment !== '') ?? '';
}

export const docs: RuleDocs = {
  rationale:
    'When a flow is turned off or deleted, the platform calls the URL returned in the subscription\'s Location header with DELETE; the definition must describe that call. Which path it uses is not checkable, so this rule looks for a DELETE under the same first path segment and is a warning.',
  fix: 'Add a DELETE operation (for example `DELETE /hooks/{hookId}`), marked `x-ms-visibility: internal`, and return its URL in the Location header of the subscription response.',
  source: 'Microsoft Learn, create a webhook trigger',
};

export default defineRule({
  meta: {
    id: 'ext-webhook-delete',
    area: 'ext',
    description: 'A webhook trigger comes with a DELETE operation that removes the subscription.',
    severity: certification('warning'),
    messages: {
      missing:
        "Webhook trigger '{operation}' subscribes at '{path}' but no DELETE operation exists under '/{root}'; add the operation that removes the subscription.",
    },
  },
  create(context) {
    const operations: OperationNode[] = [];
    return {
      operation(operation) {
        operations.push(operation);
      },
      connectorEnd() {
        const deleteRoots = new Set(operations.filter((op) => op.method === 'delete').map((op) => firstSegment(op.path)));
        for (const operation of operations) {
          if (!isWebhook(operation) || deleteRoots.has(firstSegment(operation.path))) continue;
          context.report({
            messageId: 'missing',
            pointer: operation.pointer,
            file: apiDefinitionName(context),
            data: { operation: operationLabel(operation), path: operation.path, root: firstSegment(operation.path) },
          });
        }
      },
    };
  },
});
