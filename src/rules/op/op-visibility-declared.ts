import { defineRule, type RuleDocs } from '../../core/rule.js';
import { has, operationLabel } from '../shared/operations.js';

export const docs: RuleDocs = {
  rationale:
    'The certification checklist asks that no operation lacks "visibility information". A missing x-ms-visibility is valid and means normal visibility, so the rule is off unless turned on (for example `--rule op-visibility-declared=info`) by publishers who want every operation to state it.',
  fix: "Add `\"x-ms-visibility\": \"important\"` to the operations users need most, 'advanced' to the others, 'internal' to helpers.",
  source: 'Microsoft Learn, certification submission checklist.',
};

export default defineRule({
  meta: {
    id: 'op-visibility-declared',
    area: 'op',
    description: 'Every operation states its `x-ms-visibility` (opt-in: off in every profile).',
    severity: {},
    messages: {
      missing: "Operation '{operation}' does not state x-ms-visibility; set 'important', 'advanced' or 'internal'.",
    },
  },
  create(context) {
    return {
      operation(operation) {
        if (!has(operation.value, 'x-ms-visibility')) {
          context.report({ messageId: 'missing', pointer: operation.pointer, target: 'key', data: { operation: operationLabel(operation) } });
        }
      },
    };
  },
});
