import { defineCheck, type DiffCheckDocs } from '../check.js';
import { fieldLabel } from '../describe.js';

export const docs: DiffCheckDocs = {
  rationale: 'A flow sends only the inputs that existed when it was built. A new required input is missing from every existing call.',
  fix: 'Make the input optional and let the service assume the old behaviour when it is absent; or give it a default and `x-ms-visibility: internal` when its value is fixed; or add a new version of the operation that requires it and deprecate the old one.',
  source: 'Breaking Change Detector message for added required inputs (PowerPlatformConnectors PR #3656, #3516); Azure openapi-diff 1010 AddingRequiredParameter; oasdiff new-required-request-parameter.',
};

export default defineCheck({
  id: 'bc-required-input-added',
  area: 'input',
  level: 'breaking',
  description:
    'An operation gained a required parameter or required body property: breaking without a default, warning with one, info when it is internal with a default.',
  messages: {
    noDefault: "New required input {field} in '{operationId}'; existing flows do not send it, so their calls will be rejected.",
    withDefault:
      "New required input {field} in '{operationId}' has a default; existing flows do not send it and rely on the default being applied.",
    internal: "New internal input {field} in '{operationId}' is required and has a default, which the platform sends; existing flows are not affected.",
  },
  visit: {
    field(delta, report) {
      if (delta.kind !== 'added' || delta.direction !== 'input' || !delta.required) return;
      const messageId = !delta.hasDefault ? 'noDefault' : delta.internal ? 'internal' : 'withDefault';
      const level = messageId === 'noDefault' ? 'breaking' : messageId === 'internal' ? 'info' : 'warning';
      report({ messageId, level, data: { field: fieldLabel(delta), operationId: delta.operation.key }, base: delta.base, revision: delta.revision });
    },
  },
});
