import { defineCheck, type DiffCheckDocs } from '../check.js';
import { fieldLabel } from '../describe.js';

const extensions = new Set(['x-ms-dynamic-values', 'x-ms-dynamic-list', 'x-ms-dynamic-tree']);

export const docs: DiffCheckDocs = {
  rationale: 'A value picked from a dynamic list is usually an id the list operation returned. When the list comes from another operation, another parameter or another value path, stored ids may no longer be valid.',
  fix: 'Keep the dropdown on the same operation and value path; when the source must change, make sure the new list returns the same ids for the same items.',
  source: 'Rules catalogue section 8 (x-ms-dynamic-* extensions); breaking-change-checks.md section 5.',
};

export default defineCheck({
  id: 'bc-dynamic-values-changed',
  area: 'input',
  level: 'warning',
  description: 'The source of an input\'s dropdown (`x-ms-dynamic-values`, `-list`, `-tree`) changed (warning), or was added or removed (info).',
  messages: {
    changed: "The {extension} source of input {field} of '{operationId}' changed; values existing flows picked from the old list may not exist in the new one.",
    added: "Input {field} of '{operationId}' now offers values from {extension}; values existing flows typed in stay as they are.",
    removed: "Input {field} of '{operationId}' no longer offers values from {extension}; existing flows keep their values but authors must type new ones.",
  },
  visit: {
    field(delta, report) {
      if (delta.kind !== 'extension' || delta.direction !== 'input' || !extensions.has(delta.name)) return;
      const messageId = delta.from === undefined ? 'added' : delta.to === undefined ? 'removed' : 'changed';
      report({
        messageId,
        level: messageId === 'changed' ? 'warning' : 'info',
        data: { field: fieldLabel(delta), operationId: delta.operation.key, extension: delta.name },
        base: delta.base,
        revision: delta.revision,
      });
    },
  },
});
