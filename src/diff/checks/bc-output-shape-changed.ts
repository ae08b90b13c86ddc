import { defineCheck, type DiffCheckDocs } from '../check.js';
import { fieldLabel } from '../describe.js';

export const docs: DiffCheckDocs = {
  rationale: 'A flow loops over an array, reads the fields of an object and uses a scalar as a value. Another shape makes those steps invalid, and every field below it moves.',
  fix: 'Keep the old field and return the new shape in a new field, or add a new version of the operation.',
  source: 'DESIGN.md section 5 (array/object shape changed); oasdiff response-body-type-changed; Azure openapi-diff 1026 TypeChanged.',
};

export default defineCheck({
  id: 'bc-output-shape-changed',
  area: 'output',
  level: 'breaking',
  description: 'An output field changed between a scalar, an array, an object and a file.',
  messages: {
    shape: "Output {field} of '{operationId}' changed from {from} to {to}; existing flows that loop over it or read its fields will fail.",
  },
  visit: {
    field(delta, report) {
      if (delta.kind !== 'type' || delta.direction !== 'output' || !delta.shapeChanged) return;
      report({
        messageId: 'shape',
        data: { field: fieldLabel(delta), operationId: delta.operation.key, from: delta.from, to: delta.to },
        base: delta.base,
        revision: delta.revision,
      });
    },
  },
});
