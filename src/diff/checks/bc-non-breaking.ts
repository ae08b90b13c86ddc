import { hasOwn, joinPointer } from '../../parse/pointer.js';
import { defineCheck, type DiffCheckDocs } from '../check.js';
import { fieldLabel, valueOrNone } from '../describe.js';
import type { OperationView } from '../side.js';
import { stringAt, visibilityOf } from '../values.js';

const textNames: Record<string, string> = { description: 'description', 'x-ms-summary': 'display name (x-ms-summary)', title: 'title' };

export const docs: DiffCheckDocs = {
  rationale: 'These edits change what authors see in the designer, not what flows send or read. They still make a submission a major update.',
  fix: 'Nothing to fix.',
  source: 'Microsoft Learn, connector versioning; rules catalogue bc-non-breaking.',
};

export default defineCheck({
  id: 'bc-non-breaking',
  area: 'connector',
  level: 'info',
  description:
    'An edit that keeps existing flows working but falls outside the minor-update fields: descriptions and display names of inputs and outputs, visibility changes other than hiding, the connector title.',
  messages: {
    text: "The {text} of {direction} {field} of '{operationId}' changed; existing flows are not affected.",
    visibility: "{Direction} {field} of '{operationId}' changed visibility from {from} to {to}; existing flows are not affected.",
    operationVisibility: "Operation '{operationId}' changed visibility from {from} to {to}; existing flows are not affected.",
    title: 'The connector title changed from {from} to {to}; existing flows are not affected.',
  },
  visit: {
    connector(pair, report) {
      if (!pair.comparable('apiDefinition') || pair.base.apiDefinition.state === 'absent') return;
      const from = stringAt(pair.base.apiDefinition.root.info, 'title');
      const to = stringAt(pair.revision.apiDefinition.root.info, 'title');
      if (from !== to) report({ messageId: 'title', data: { from: valueOrNone(from), to: valueOrNone(to) }, base: '/info', revision: '/info' });
    },
    operation({ base, revision }, report) {
      if (!base || !revision) return;
      const from = visibilityOf(base.value);
      const to = visibilityOf(revision.value);
      // Hiding an operation is bc-operation-hidden.
      if (from === to || to === 'internal') return;
      const at = (op: OperationView) => (hasOwn(op.value, 'x-ms-visibility') ? joinPointer(op.pointer, 'x-ms-visibility') : op.pointer);
      report({
        messageId: 'operationVisibility',
        data: { operationId: revision.key, from: from ?? 'default', to: to ?? 'default' },
        base: at(base),
        revision: at(revision),
      });
    },
    field(delta, report) {
      const data = { field: fieldLabel(delta), operationId: delta.operation.key, direction: delta.direction };
      if (delta.kind === 'text' && !delta.repeated) {
        report({ messageId: 'text', data: { ...data, text: textNames[delta.field] ?? delta.field }, base: delta.base, revision: delta.revision });
      } else if (delta.kind === 'visibility' && !(delta.direction === 'input' && delta.to === 'internal')) {
        // Making an input internal is bc-input-made-internal.
        const Direction = delta.direction === 'input' ? 'Input' : 'Output';
        const values = { from: delta.from ?? 'default', to: delta.to ?? 'default' };
        report({ messageId: 'visibility', data: { ...data, ...values, Direction }, base: delta.base, revision: delta.revision });
      }
    },
  },
});
