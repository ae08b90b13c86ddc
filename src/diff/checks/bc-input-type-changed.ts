import { defineCheck, type DiffCheckDocs } from '../check.js';
import { fieldLabel, valueOrNone } from '../describe.js';
import { isNumericFormatChange } from '../values.js';

export const docs: DiffCheckDocs = {
  rationale: 'Flows send values typed and formatted for the old definition. A value of another shape cannot be read at all; another scalar type or format may be rejected or misread.',
  fix: 'Keep the input as it was and add a new input (or a new version of the operation) with the new type; accept both forms in the service while flows move.',
  source: 'Rules catalogue bc-input-type-changed (inferred, symmetric to the detector\'s output type message); Azure openapi-diff 1026 TypeChanged and 1023 TypeFormatChanged.',
};

export default defineCheck({
  id: 'bc-input-type-changed',
  area: 'input',
  level: 'warning',
  description:
    'The type or format of an input changed: breaking when its shape changes (scalar, array, object, file), info when it widens (to `string`, or `integer` to `number`) or only its numeric format or no format is involved, warning otherwise.',
  messages: {
    shape: "Input {field} of '{operationId}' changed from {from} to {to}; existing flows send a value of the old shape, which the operation cannot read.",
    type: "Input {field} of '{operationId}' changed type from {from} to {to}; existing flows may send values the operation no longer accepts.",
    widened: "Input {field} of '{operationId}' widened from {from} to {to}; values existing flows send are still accepted.",
    format: "Input {field} of '{operationId}' changed format from {from} to {to}; existing flows may send values in the old format.",
  },
  visit: {
    field(delta, report) {
      if (delta.direction !== 'input') return;
      const data = { field: fieldLabel(delta), operationId: delta.operation.key };
      if (delta.kind === 'type') {
        const widened = delta.to === 'string' || (delta.from === 'integer' && delta.to === 'number');
        const messageId = delta.shapeChanged ? 'shape' : widened ? 'widened' : 'type';
        const level = messageId === 'shape' ? 'breaking' : messageId === 'widened' ? 'info' : 'warning';
        report({ messageId, level, data: { ...data, from: delta.from, to: delta.to }, base: delta.base, revision: delta.revision });
      } else if (delta.kind === 'format') {
        report({
          messageId: 'format',
          level: delta.to === undefined || isNumericFormatChange(delta.from, delta.to) ? 'info' : 'warning',
          data: { ...data, from: valueOrNone(delta.from), to: valueOrNone(delta.to) },
          base: delta.base,
          revision: delta.revision,
        });
      }
    },
  },
});
