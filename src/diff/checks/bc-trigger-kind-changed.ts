import { hasOwn, joinPointer } from '../../parse/pointer.js';
import { defineCheck, type DiffCheckDocs } from '../check.js';
import type { OperationView } from '../side.js';
import { stringAt } from '../values.js';

export const docs: DiffCheckDocs = {
  rationale:
    'Actions and triggers are offered in different places of the designer and run differently. A flow that used an action cannot keep it once it is a trigger, and a flow that started with a trigger loses its start. A `single` trigger fires once per item while a `batch` trigger delivers an array, so outputs read by existing flows change shape.',
  fix: 'Add the trigger (or action) as a new operation with a new operationId and keep the old one, deprecated, until flows have moved.',
  source: 'Microsoft Learn, connector versioning; rules catalogue bc-trigger-kind-changed (inferred).',
};

export default defineCheck({
  id: 'bc-trigger-kind-changed',
  area: 'operation',
  level: 'breaking',
  description: 'An action became a trigger or a trigger became an action (breaking), or a trigger changed between `single` and `batch` (warning); also when the operationId changed with it (same method and path).',
  messages: {
    becameTrigger: "Operation '{operationId}' is now a trigger (x-ms-trigger: {to}); existing flows that use it as an action will fail.",
    becameAction: "Operation '{operationId}' is no longer a trigger; existing flows that start with it will stop running.",
    typeChanged:
      "Trigger '{operationId}' changed from x-ms-trigger '{from}' to '{to}'; existing flows receive items in a different shape (one per run or a batch) than they were built for.",
  },
  visit: {
    operation(pair, report) {
      // A renamed operation is also followed to its new id: the kind change is reported beside the rename.
      const base = pair.base;
      const revision = pair.revision ?? pair.renamedTo;
      if (!base || !revision) return;
      const from = stringAt(base.value, 'x-ms-trigger');
      const to = stringAt(revision.value, 'x-ms-trigger');
      if (from === to) return;
      const at = (op: OperationView) => (hasOwn(op.value, 'x-ms-trigger') ? joinPointer(op.pointer, 'x-ms-trigger') : op.pointer);
      const data = { operationId: pair.renamedTo ? base.key : revision.key, from: from ?? '', to: to ?? '' };
      const messageId = from === undefined ? 'becameTrigger' : to === undefined ? 'becameAction' : 'typeChanged';
      report({ messageId, data, base: at(base), revision: at(revision), ...(messageId === 'typeChanged' && { level: 'warning' }) });
    },
  },
});
