import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { firstCharOutside, isPlainSummaryChar } from '../shared/operation-text.js';
import { operationLabel, textField } from '../shared/operations.js';
import { showChar } from '../shared/text.js';
import { summaryRestrictedChars } from '../shared/words.js';

/** Characters reported by other rules (restricted characters, non-ASCII) are left to them. */
function isLeftToOtherRules(char: string): boolean {
  const code = char.codePointAt(0)!;
  return summaryRestrictedChars.includes(char) || code < 0x20 || code > 0x7e;
}

export const docs: RuleDocs = {
  rationale:
    'The certification page asks for summaries made of alphanumeric characters and parentheses. Accepted connectors often use hyphens, apostrophes and commas, so this is advice, not a rejection.',
  fix: "Reword without the character: 'Get user's e-mail' becomes 'Get user email'.",
  source: 'Microsoft Learn, certification submission.',
};

export default defineRule({
  meta: {
    id: 'op-summary-charset',
    area: 'op',
    description: 'Operation summaries contain only letters, digits, spaces and parentheses.',
    severity: certification('info'),
    messages: {
      char: "The summary of operation '{operation}' contains {char}; Microsoft asks for letters, digits, spaces and parentheses only.",
    },
  },
  create(context) {
    return {
      operation(operation) {
        const summary = textField(operation.value, operation.pointer, 'summary');
        const char = summary && firstCharOutside(summary.text, (c) => isPlainSummaryChar(c) || isLeftToOtherRules(c));
        if (summary && char) {
          context.report({ messageId: 'char', pointer: summary.pointer, data: { operation: operationLabel(operation), char: showChar(char) } });
        }
      },
    };
  },
});
