import { defineCheck, type DiffCheckDocs } from '../check.js';
import { fieldLabel } from '../describe.js';

export const docs: DiffCheckDocs = {
  rationale: 'Many existing flows leave optional inputs empty. Once the input is required, those calls are incomplete.',
  fix: 'Keep the input optional and handle its absence in the service, or add a new version of the operation that requires it and deprecate the old one.',
  source: 'Breaking Change Detector message for inputs changed from optional to required (PowerPlatformConnectors PR #3516); oasdiff request-parameter-became-required.',
};

export default defineCheck({
  id: 'bc-input-optional-to-required',
  area: 'input',
  level: 'breaking',
  description: 'An optional parameter or body property became required (warning when it has a default).',
  messages: {
    required: "Input {field} of '{operationId}' is now required; existing flows that leave it empty will be rejected.",
    withDefault: "Input {field} of '{operationId}' is now required but has a default; existing flows that leave it empty rely on the default being applied.",
  },
  visit: {
    field(delta, report) {
      if (delta.kind !== 'required' || delta.direction !== 'input' || delta.from || !delta.to) return;
      report({
        messageId: delta.hasDefault ? 'withDefault' : 'required',
        level: delta.hasDefault ? 'warning' : 'breaking',
        data: { field: fieldLabel(delta), operationId: delta.operation.key },
        base: delta.base,
        revision: delta.revision,
      });
    },
  },
});
