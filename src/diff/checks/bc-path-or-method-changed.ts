import { defineCheck, type DiffCheckDocs } from '../check.js';
import { routeOf } from '../match-operations.js';
import type { OperationView } from '../side.js';

export const docs: DiffCheckDocs = {
  rationale:
    'Flows keep the operationId, so they silently start calling another endpoint. Microsoft rejects such updates: the request the new endpoint expects is rarely the one existing flows send.',
  fix: 'Keep the old operation on its old path (deprecated), and add the operation on the new path under a new operationId in the same `x-ms-api-annotation` family.',
  source: 'Microsoft Learn, updating a connector; Breaking Change Detector message for path templates (PR #3648).',
};

export default defineCheck({
  id: 'bc-path-or-method-changed',
  area: 'operation',
  level: 'breaking',
  description: 'An operation kept its operationId but its HTTP method or URL template (`basePath` plus path) changed.',
  messages: {
    moved:
      "Operation '{operationId}' moved from {from} to {to}; existing flows will call the new endpoint, which the service must answer exactly as the old one did.",
  },
  visit: {
    operation({ base, revision }, report) {
      if (!base || !revision || routeOf(base) === routeOf(revision)) return;
      report({
        messageId: 'moved',
        data: { operationId: revision.key, from: urlLabel(base), to: urlLabel(revision) },
        base: base.pointer,
        revision: revision.pointer,
      });
    },
  },
});

function urlLabel(op: OperationView): string {
  return `${op.method.toUpperCase()} ${op.url}`;
}
