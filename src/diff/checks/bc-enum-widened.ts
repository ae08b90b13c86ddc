import { defineCheck, type DiffCheckDocs } from '../check.js';
import { fieldLabel, valueList } from '../describe.js';

export const docs: DiffCheckDocs = {
  rationale: 'Every value an existing flow sends is still accepted, so nothing breaks; authors get new choices.',
  fix: 'Nothing to fix. Give new values display names in `x-ms-enum-values` when the raw values are not self-explanatory.',
  source: 'oasdiff request-parameter-enum-value-added (non-breaking); Azure openapi-diff 1020 AddedEnumValue.',
};

export default defineCheck({
  id: 'bc-enum-widened',
  area: 'input',
  level: 'info',
  description: 'An input accepts more values: values were added to its `enum`, or its `enum` was dropped.',
  messages: {
    added: "Input {field} of '{operationId}' now also accepts {values}; existing flows are not affected.",
    unrestricted: "Input {field} of '{operationId}' no longer limits its values to a list; existing flows are not affected.",
  },
  visit: {
    field(delta, report) {
      if (delta.kind !== 'enum' || delta.direction !== 'input' || !delta.from) return;
      const data = { field: fieldLabel(delta), operationId: delta.operation.key };
      if (!delta.to) report({ messageId: 'unrestricted', data, base: delta.base, revision: delta.revision });
      else if (delta.added.length > 0) {
        report({ messageId: 'added', data: { ...data, values: valueList(delta.added) }, base: delta.base, revision: delta.revision });
      }
    },
  },
});
