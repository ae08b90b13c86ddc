import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { clip, looksTitleCase } from '../shared/operation-text.js';
import { operationLabel, textField } from '../shared/operations.js';

export const docs: RuleDocs = {
  rationale:
    'Microsoft recommends sentence case for operation summaries, so that actions read alike across connectors. Names and acronyms keep their capitals, so the rule only flags summaries where every word is capitalised.',
  fix: "Lower-case the words that are not names: 'Get Tide Predictions' becomes 'Get tide predictions'.",
  source: 'Microsoft Learn, OpenAPI extensions.',
};

export default defineRule({
  meta: {
    id: 'op-summary-sentence-case',
    area: 'op',
    description: 'Operation summaries are in sentence case ("Send an email"), not Title Case.',
    severity: certification('info'),
    messages: {
      titleCase: "The summary of operation '{operation}' ('{summary}') is in Title Case; use sentence case, capitalising only the first word and names.",
    },
  },
  create(context) {
    return {
      operation(operation) {
        const summary = textField(operation.value, operation.pointer, 'summary');
        if (summary && looksTitleCase(summary.text)) {
          context.report({ messageId: 'titleCase', pointer: summary.pointer, data: { operation: operationLabel(operation), summary: clip(summary.text) } });
        }
      },
    };
  },
});
