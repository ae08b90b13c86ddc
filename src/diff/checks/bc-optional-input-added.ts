import { defineCheck, type DiffCheckDocs } from '../check.js';
import { fieldLabel } from '../describe.js';

export const docs: DiffCheckDocs = {
  rationale: 'Existing flows do not send the new input, which is fine as long as the service treats its absence as the old behaviour.',
  fix: 'Nothing to fix. Make sure the service behaves as before when the input is absent.',
  source: 'Microsoft Learn, connector versioning; rules catalogue bc-non-breaking.',
};

export default defineCheck({
  id: 'bc-optional-input-added',
  area: 'input',
  level: 'info',
  description: 'An operation gained an optional parameter or body property.',
  messages: {
    added: "New optional input {field} in '{operationId}'; existing flows leave it empty and are not affected.",
  },
  visit: {
    field(delta, report) {
      if (delta.kind !== 'added' || delta.direction !== 'input' || delta.required) return;
      report({ messageId: 'added', data: { field: fieldLabel(delta), operationId: delta.operation.key }, base: delta.base, revision: delta.revision });
    },
  },
});
