import { defineCheck, type DiffCheckDocs } from '../check.js';
import { fieldLabel } from '../describe.js';

export const docs: DiffCheckDocs = {
  rationale: 'Authors cannot see or set an internal input. Whatever existing flows chose is replaced by the default, or by nothing when there is none.',
  fix: 'Leave the input visible. Make an input internal only when it has a default that suits every flow.',
  source: 'DESIGN.md section 5 (visibility made internal without default); validator message InternalPropertyWithDefaultOptional.',
};

export default defineCheck({
  id: 'bc-input-made-internal',
  area: 'input',
  level: 'breaking',
  description: 'An input became `x-ms-visibility: internal`: breaking without a default, warning with one.',
  messages: {
    noDefault: "Input {field} of '{operationId}' is now internal and has no default; existing flows can no longer set it and the operation receives no value.",
    withDefault: "Input {field} of '{operationId}' is now internal; existing flows can no longer set it and the operation receives its default instead.",
  },
  visit: {
    field(delta, report) {
      if (delta.kind !== 'visibility' || delta.direction !== 'input' || delta.to !== 'internal') return;
      report({
        messageId: delta.hasDefault ? 'withDefault' : 'noDefault',
        level: delta.hasDefault ? 'warning' : 'breaking',
        data: { field: fieldLabel(delta), operationId: delta.operation.key },
        base: delta.base,
        revision: delta.revision,
      });
    },
  },
});
