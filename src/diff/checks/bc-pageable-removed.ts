import { getOwn, hasOwn, joinPointer } from '../../parse/pointer.js';
import { defineCheck, type DiffCheckDocs } from '../check.js';
import type { OperationView } from '../side.js';
import { stringAt } from '../values.js';

export const docs: DiffCheckDocs = {
  rationale:
    'With `x-ms-pageable` a flow can turn on pagination and receive every page, the platform following the next link. Without it (or with another next-link field) those flows silently get the first page only.',
  fix: 'Keep `x-ms-pageable` and its `nextLinkName` as long as the service pages its results.',
  source: 'Microsoft Learn, OpenAPI extensions for connectors (x-ms-pageable).',
};

export default defineCheck({
  id: 'bc-pageable-removed',
  area: 'operation',
  level: 'warning',
  description: "An operation lost `x-ms-pageable`, or its `nextLinkName` changed: flows with pagination turned on get only the first page.",
  messages: {
    removed: "Operation '{operationId}' is no longer pageable; existing flows with pagination turned on now get the first page only.",
    nextLink: "The next link of '{operationId}' moved from '{from}' to '{to}'; the platform follows the new field, so a service that still sends the old one returns one page.",
  },
  visit: {
    operation({ base, revision, key }, report) {
      if (!base || !revision || !hasOwn(base.value, 'x-ms-pageable')) return;
      if (!hasOwn(revision.value, 'x-ms-pageable')) {
        report({ messageId: 'removed', data: { operationId: key }, base: at(base), revision: revision.pointer });
        return;
      }
      const from = nextLinkOf(base);
      const to = nextLinkOf(revision);
      if (from !== to) report({ messageId: 'nextLink', data: { operationId: key, from, to }, base: at(base), revision: at(revision) });
    },
  },
});

function nextLinkOf(op: OperationView): string {
  return stringAt(getOwn(op.value, 'x-ms-pageable'), 'nextLinkName') ?? 'nextLink';
}

function at(op: OperationView): string {
  return joinPointer(op.pointer, 'x-ms-pageable');
}
