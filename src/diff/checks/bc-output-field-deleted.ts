import { defineCheck, type DiffCheckDocs } from '../check.js';
import { fieldLabel } from '../describe.js';

export const docs: DiffCheckDocs = {
  rationale: 'Flows refer to output fields by name, in later steps and expressions. A field missing from the schema disappears from the designer, and an expression that reads it gets nothing once the payload changes.',
  fix: 'Keep the field in the schema as long as the service can return it; when the payload really changes, add a new version of the operation.',
  source: 'Breaking Change Detector message for deleted output fields (PowerPlatformConnectors PR #3656); oasdiff response-required-property-removed; Azure openapi-diff 1033 RemovedProperty.',
};

export default defineCheck({
  id: 'bc-output-field-deleted',
  area: 'output',
  level: 'breaking',
  description: 'A property of the success response schema in the base is gone from the revision; one respelt only in case or separators is reported once, as a rename.',
  messages: {
    deleted: "Output {field} of '{operationId}' was removed; existing flows that read it can no longer be edited and get no value if the service stops returning it.",
    caseRenamed:
      "Output {field} of '{operationId}' was renamed to '{newName}', which differs only in case or separators; flows read outputs by exact name, so existing flows that use it get no value.",
  },
  visit: {
    field(delta, report) {
      if (delta.kind !== 'removed' || delta.direction !== 'output') return;
      report({
        messageId: delta.renamedTo ? 'caseRenamed' : 'deleted',
        data: { field: fieldLabel(delta), operationId: delta.operation.key, newName: delta.renamedTo ?? '' },
        base: delta.base,
        revision: delta.revision,
      });
    },
  },
});
