import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { isTrigger, operationLabel, textField } from '../shared/operations.js';

export const docs: RuleDocs = {
  rationale: 'String guidance words triggers as events, so that users tell triggers from actions at a glance.',
  fix: "Summary: 'When a task is created'. Description: 'This operation triggers when a task is created in a project.'",
  source: 'Microsoft Learn, connector string guidance (trigger summaries and descriptions).',
};

export default defineRule({
  meta: {
    id: 'op-trigger-summary-wording',
    area: 'op',
    description: 'Trigger summaries start with "When a"; trigger descriptions say "This operation triggers when".',
    severity: certification('info'),
    messages: {
      summary: "The summary of trigger '{operation}' does not start with 'When'; name the event, as in 'When a task is created'.",
      description: "The description of trigger '{operation}' does not say when it fires; start it with 'This operation triggers when'.",
    },
  },
  create(context) {
    return {
      operation(operation) {
        if (!isTrigger(operation)) return;
        const data = { operation: operationLabel(operation) };
        const summary = textField(operation.value, operation.pointer, 'summary');
        if (summary && !/^when\b/i.test(summary.text.trimStart())) context.report({ messageId: 'summary', pointer: summary.pointer, data });
        const description = textField(operation.value, operation.pointer, 'description');
        if (description && !/\btrigger(s|ed)?\b/i.test(description.text)) {
          context.report({ messageId: 'description', pointer: description.pointer, data });
        }
      },
    };
  },
});
