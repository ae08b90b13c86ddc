import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { operationLabel, textField } from '../shared/operations.js';
import { codePointLength } from '../shared/text.js';

export const maxSummaryLength = 80;

export const docs: RuleDocs = {
  rationale:
    'The summary is the action name on a designer card. The certification pages say summaries should be 80 characters or shorter and the validator warns from 120; both are worded as advice and an accepted connector has an 82-character summary, so this is a warning.',
  fix: 'Shorten the summary to a phrase; move detail to the description.',
  source: 'Microsoft Learn, certification submission and connector string guidance; validator OperationSummaryTooLong.',
};

export default defineRule({
  meta: {
    id: 'op-summary-max-length',
    area: 'op',
    description: `Operation summaries are at most ${maxSummaryLength} characters.`,
    severity: certification('warning'),
    messages: {
      tooLong: `The summary of operation '{operation}' is {length} characters long; shorten it to at most ${maxSummaryLength}.`,
    },
  },
  create(context) {
    return {
      operation(operation) {
        const summary = textField(operation.value, operation.pointer, 'summary');
        const length = summary ? codePointLength(summary.text) : 0;
        if (summary && length > maxSummaryLength) {
          context.report({ messageId: 'tooLong', pointer: summary.pointer, data: { operation: operationLabel(operation), length } });
        }
      },
    };
  },
});
