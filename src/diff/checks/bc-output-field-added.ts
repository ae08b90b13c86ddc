import { hasOwn, joinPointer } from '../../parse/pointer.js';
import { defineCheck, type DiffCheckDocs } from '../check.js';
import { fieldLabel } from '../describe.js';

export const docs: DiffCheckDocs = {
  rationale: 'New outputs only add dynamic content to the designer; nothing an existing flow reads changes.',
  fix: 'Nothing to fix. Give new fields an `x-ms-summary` and a description.',
  source: 'Microsoft Learn, connector versioning (additions are non-breaking); oasdiff response-optional-property-added (info).',
};

export default defineCheck({
  id: 'bc-output-field-added',
  area: 'output',
  level: 'info',
  description: 'The success response gained a field, or gained a schema where it had none.',
  messages: {
    added: "New output {field} in '{operationId}'; existing flows are not affected.",
    schemaAdded: "The success response of '{operationId}' now has a schema; existing flows are not affected and new flows can use its fields.",
  },
  visit: {
    operation({ base, revision }, report) {
      const from = base?.response;
      const to = revision?.response;
      if (!from || !to || hasOwn(from.value, 'schema') || !hasOwn(to.value, 'schema') || revision!.outputs?.from === 'notification') return;
      report({ messageId: 'schemaAdded', data: { operationId: revision!.key }, base: from.pointer, revision: joinPointer(to.pointer, 'schema') });
    },
    field(delta, report) {
      if (delta.kind !== 'added' || delta.direction !== 'output') return;
      report({ messageId: 'added', data: { field: fieldLabel(delta), operationId: delta.operation.key }, base: delta.base, revision: delta.revision });
    },
  },
});
