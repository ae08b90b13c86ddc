import { defineCheck, type DiffCheckDocs } from '../check.js';
import { fieldLabel, valueList } from '../describe.js';

export const docs: DiffCheckDocs = {
  rationale:
    'The `enum` of an output documents which values the service returns. Flows read whatever comes back, so the list itself changes nothing; a condition that compares the output with a value no longer listed may never be true, which is worth a look.',
  fix: 'Nothing to fix in the connector; review flows whose conditions test a value that was removed.',
  source: 'oasdiff response-property-enum-value-removed / added (informational); Azure openapi-diff 1037 AddedEnumValue.',
};

export default defineCheck({
  id: 'bc-output-enum-changed',
  area: 'output',
  level: 'info',
  description: 'The `enum` of an output field gained or lost values, or was added or removed.',
  messages: {
    removed: "Output {field} of '{operationId}' no longer lists {values}; existing flows still read what the service returns, but conditions that test those values may never match.",
    added: "Output {field} of '{operationId}' now also lists {values}; existing flows are not affected.",
    dropped: "Output {field} of '{operationId}' no longer lists its values; existing flows are not affected.",
    listed: "Output {field} of '{operationId}' now lists its values ({values}); existing flows are not affected.",
  },
  visit: {
    field(delta, report) {
      if (delta.kind !== 'enum' || delta.direction !== 'output' || delta.repeated) return;
      const data = { field: fieldLabel(delta), operationId: delta.operation.key };
      const where = { base: delta.base, revision: delta.revision };
      if (!delta.to) report({ messageId: 'dropped', data, ...where });
      else if (!delta.from) report({ messageId: 'listed', data: { ...data, values: valueList(delta.to) }, ...where });
      else {
        if (delta.removed.length > 0) report({ messageId: 'removed', data: { ...data, values: valueList(delta.removed) }, ...where });
        if (delta.added.length > 0) report({ messageId: 'added', data: { ...data, values: valueList(delta.added) }, ...where });
      }
    },
  },
});
