import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { operationLabel, textField } from '../shared/operations.js';
import { isAlphanumeric, showChar } from '../shared/text.js';

const endsWell = (text: string) => isAlphanumeric(text.at(-1)) || text.endsWith(')');

/** The summary without trailing spaces and full stops, when that is all that is wrong with it. */
function withoutTrailingStops(text: string): string | undefined {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '.' || /\s/.test(text[end - 1]!))) end--;
  const trimmed = text.slice(0, end);
  return trimmed !== '' && endsWell(trimmed) ? trimmed : undefined;
}

export const docs: RuleDocs = {
  rationale:
    'A summary is a phrase, not a sentence: string guidance says it should not end in punctuation or a space. Deprecated operations end in "(deprecated)", so a closing parenthesis is allowed.',
  fix: 'Remove the trailing full stop, colon or space.',
  source: 'Microsoft Learn, connector string guidance; deprecating an operation; validator ValueMustEndWithAlphanumeric.',
};

export default defineRule({
  meta: {
    id: 'op-summary-no-trailing-punct',
    area: 'op',
    description: 'Operation summaries end with a letter, a digit or a closing parenthesis.',
    severity: certification('warning'),
    fixable: true,
    messages: {
      trailing: "The summary of operation '{operation}' ends with {char}; end it with a letter or digit.",
    },
  },
  create(context) {
    return {
      operation(operation) {
        const summary = textField(operation.value, operation.pointer, 'summary');
        if (!summary || endsWell(summary.text)) return;
        const fixed = withoutTrailingStops(summary.text);
        context.report({
          messageId: 'trailing',
          pointer: summary.pointer,
          data: { operation: operationLabel(operation), char: showChar(summary.text.at(-1)!) },
          ...(fixed !== undefined && { fix: [{ op: 'replace' as const, path: summary.pointer, value: fixed }] }),
        });
      },
    };
  },
});
