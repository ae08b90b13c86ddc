import { defineCheck, type DiffCheckDocs } from '../check.js';
import { fieldLabel, fieldName, valueOrNone } from '../describe.js';

export const docs: DiffCheckDocs = {
  rationale: 'A flow that leaves an input empty relies on its default. A new default changes what those flows ask for, silently.',
  fix: 'Keep the old default. If the service needs another behaviour, add a new input (or operation version) whose default gives it, and leave the old one unchanged.',
  source: 'Azure openapi-diff 1027 DefaultValueChanged; oasdiff request-parameter-default-value-changed.',
};

export default defineCheck({
  id: 'bc-default-changed',
  area: 'input',
  level: 'warning',
  description: 'The default of an input changed or was removed (warning), or a default was added (info).',
  messages: {
    changed: "The default of input {field} of '{operationId}' changed from {from} to {to}; existing flows that leave it empty now get the new value.",
    removed: "Input {field} of '{operationId}' lost its default {from}; existing flows that leave it empty no longer send that value.",
    added: "Input {field} of '{operationId}' now defaults to {to}; existing flows that leave it empty may start sending it.",
  },
  visit: {
    field(delta, report) {
      if (delta.kind !== 'default' || delta.direction !== 'input') return;
      const messageId = !delta.fromSet ? 'added' : !delta.toSet ? 'removed' : 'changed';
      report({
        messageId,
        level: messageId === 'added' ? 'info' : 'warning',
        data: {
          field: fieldLabel(delta),
          operationId: delta.operation.key,
          from: valueOrNone(delta.from, delta.fromSet, fieldName(delta)),
          to: valueOrNone(delta.to, delta.toSet, fieldName(delta)),
        },
        base: delta.base,
        revision: delta.revision,
      });
    },
  },
});
