import { defineCheck, type DiffCheckDocs } from '../check.js';
import { fieldLabel } from '../describe.js';

const extensions = new Set(['x-ms-dynamic-schema', 'x-ms-dynamic-properties']);

export const docs: DiffCheckDocs = {
  rationale: 'The designer builds the fields of a dynamic schema by calling another operation. Flows refer to those fields by name; a different source may not offer them.',
  fix: 'Keep calling the same operation with the same parameters; when the source must change, make sure it returns the same field names.',
  source: 'Rules catalogue section 8 (x-ms-dynamic-* extensions); no peer tool checks dynamic schemas.',
};

export default defineCheck({
  id: 'bc-dynamic-schema-changed',
  area: 'output',
  level: 'warning',
  description: 'The source of a dynamic schema (`x-ms-dynamic-schema`, `x-ms-dynamic-properties`) of an input or output changed or was removed (warning), or was added (info).',
  messages: {
    changed: "The {extension} source of {direction} {field} of '{operationId}' changed; fields existing flows use may no longer be offered.",
    added: "{Direction} {field} of '{operationId}' is now described by {extension}; fields existing flows use must still be returned by it.",
    removed: "{Direction} {field} of '{operationId}' is no longer described by {extension}; fields existing flows picked from it are no longer offered.",
  },
  visit: {
    field(delta, report) {
      if (delta.kind !== 'extension' || !extensions.has(delta.name)) return;
      const messageId = delta.from === undefined ? 'added' : delta.to === undefined ? 'removed' : 'changed';
      report({
        messageId,
        level: messageId === 'added' ? 'info' : 'warning',
        data: {
          field: fieldLabel(delta),
          operationId: delta.operation.key,
          extension: delta.name,
          direction: delta.direction,
          Direction: delta.direction === 'input' ? 'Input' : 'Output',
        },
        base: delta.base,
        revision: delta.revision,
      });
    },
  },
});
