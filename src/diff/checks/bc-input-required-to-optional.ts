import { defineCheck, type DiffCheckDocs } from '../check.js';
import { fieldLabel } from '../describe.js';

export const docs: DiffCheckDocs = {
  rationale: 'Existing flows set every required input, and they keep sending it; the service simply no longer insists on it.',
  fix: 'Nothing to fix. Say in the description what the service does when the input is left empty.',
  source: 'Microsoft Learn, connector versioning; oasdiff request-parameter-became-optional (informational).',
};

export default defineCheck({
  id: 'bc-input-required-to-optional',
  area: 'input',
  level: 'info',
  description: 'A required parameter or body property became optional.',
  messages: {
    optional: "Input {field} of '{operationId}' is now optional; existing flows still send it and are not affected.",
  },
  visit: {
    field(delta, report) {
      if (delta.kind !== 'required' || delta.direction !== 'input' || !delta.from || delta.to || delta.repeated) return;
      report({ messageId: 'optional', data: { field: fieldLabel(delta), operationId: delta.operation.key }, base: delta.base, revision: delta.revision });
    },
  },
});
