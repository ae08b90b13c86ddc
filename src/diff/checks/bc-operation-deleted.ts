import { defineCheck, type DiffCheckDocs } from '../check.js';
import { routeLabel } from '../describe.js';

export const docs: DiffCheckDocs = {
  rationale:
    'A flow stores the operationId of every action and trigger it uses. When the id disappears the designer cannot show the step and runs fail, even when the same method and path now carry another id.',
  fix: 'Keep the operation, mark it `deprecated: true` and add "(deprecated)" to its summary; add the new or renamed operation beside it (for example `GetItem_V2`) in the same `x-ms-api-annotation` family with a higher `revision`, and name it as the `replacement`.',
  source:
    'Breaking Change Detector message for deleted operations (PowerPlatformConnectors PR #3470, #4043, #4168); Azure openapi-diff 1008 ModifiedOperationId and 1035 RemovedOperation.',
};

export default defineCheck({
  id: 'bc-operation-deleted',
  area: 'operation',
  level: 'breaking',
  description: 'An operationId of the base version is gone from the revision; a rename counts as a deletion.',
  messages: {
    deleted: "Operation '{operationId}' ({route}) was removed; existing flows that use it will fail.",
    renamed:
      "Operation '{operationId}' ({route}) was renamed to '{newId}'; flows are bound to the old id, so existing flows that use it will fail.",
  },
  visit: {
    operation(pair, report) {
      const old = pair.base;
      if (!old || pair.revision) return;
      const data = { operationId: pair.key, route: routeLabel(old) };
      if (pair.renamedTo) {
        report({ messageId: 'renamed', data: { ...data, newId: pair.renamedTo.key }, base: old.pointer, revision: pair.renamedTo.pointer });
      } else {
        // Nothing is left in the revision to point at: the change is shown where the operation was.
        report({ messageId: 'deleted', data, base: old.pointer });
      }
    },
  },
});
