import { defineCheck, type DiffCheckDocs } from '../check.js';
import { fieldLabel, valueOrNone } from '../describe.js';
import { isNumericFormatChange } from '../values.js';

export const docs: DiffCheckDocs = {
  rationale: 'Flows treat an output by its declared type: a number is added up, a string is concatenated, a date-time is formatted. Another type makes those steps fail or give other results.',
  fix: 'Keep the field as it was and return the new type in a new field (for example `priceAmount` beside `price`); or add a new version of the operation.',
  source: 'Breaking Change Detector message for output type changes (PowerPlatformConnectors PR #3910, #4168); oasdiff response-property-type-changed; Azure openapi-diff 1026 TypeChanged.',
};

export default defineCheck({
  id: 'bc-output-type-changed',
  area: 'output',
  level: 'breaking',
  description:
    'The scalar type of an output field changed (breaking; warning from integer to number, info from number to integer), or its format changed (warning; info between numeric formats or when one is added or dropped). Changes between scalar, array and object are bc-output-shape-changed.',
  messages: {
    type: "Output {field} of '{operationId}' changed type from {from} to {to}; existing flows that compare, add up or format it may fail or misbehave.",
    wholeNumbers: "Output {field} of '{operationId}' changed type from number to integer; flows still read a number, now always a whole one, and are not affected.",
    widened:
      "Output {field} of '{operationId}' changed type from integer to number; flows still read a number, but one with a fraction may now reach steps that expect whole numbers (an index, a count, a loop).",
    format: "Output {field} of '{operationId}' changed format from {from} to {to}; existing flows that parse or format it may misread it.",
  },
  visit: {
    field(delta, report) {
      if (delta.direction !== 'output') return;
      const data = { field: fieldLabel(delta), operationId: delta.operation.key };
      if (delta.kind === 'type' && !delta.shapeChanged) {
        const widened = delta.from === 'integer' && delta.to === 'number';
        const narrowed = delta.from === 'number' && delta.to === 'integer';
        report({
          messageId: widened ? 'widened' : narrowed ? 'wholeNumbers' : 'type',
          ...((widened || narrowed) && { level: widened ? 'warning' : 'info' }),
          data: { ...data, from: delta.from, to: delta.to },
          base: delta.base,
          revision: delta.revision,
        });
      } else if (delta.kind === 'format') {
        report({
          messageId: 'format',
          level: delta.from === undefined || delta.to === undefined || isNumericFormatChange(delta.from, delta.to) ? 'info' : 'warning',
          data: { ...data, from: valueOrNone(delta.from), to: valueOrNone(delta.to) },
          base: delta.base,
          revision: delta.revision,
        });
      }
    },
  },
});
