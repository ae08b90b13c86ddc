import { defineCheck, type DiffCheckDocs } from '../check.js';

export const docs: DiffCheckDocs = {
  rationale: 'A flow stores the value, and the platform places it where the connector said when the flow was saved, so the service stops receiving it where it now expects it.',
  fix: 'Keep the parameter where it was; if the service needs it elsewhere, add a new version of the operation and deprecate the old one, or move it with a policy template.',
  source: 'Breaking Change Detector message for parameter locations (PowerPlatformConnectors PR #3648); Azure openapi-diff 1015 ParameterInHasChanged.',
};

export default defineCheck({
  id: 'bc-input-location-changed',
  area: 'input',
  level: 'breaking',
  description: 'A parameter kept its name but moved to another location (`in`: path, query, header, formData, body).',
  messages: {
    moved: "Input '{name}' of '{operationId}' moved from {from} to {to}; existing flows still send it in the {from}, where the service will no longer look.",
  },
  visit: {
    field(delta, report) {
      if (delta.kind !== 'moved') return;
      report({
        messageId: 'moved',
        data: { name: delta.path, operationId: delta.operation.key, from: delta.from, to: delta.to },
        base: delta.base,
        revision: delta.revision,
      });
    },
  },
});
