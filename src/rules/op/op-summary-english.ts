import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { operationLabel, textField } from '../shared/operations.js';
import { firstNonAscii, showChar } from '../shared/text.js';

export const docs: RuleDocs = {
  rationale:
    'Certified connector strings must be English. Language cannot be judged mechanically, so the rule flags characters outside printable ASCII, as the validator asks; a reviewer decides the rest.',
  fix: 'Replace accented letters, typographic quotes and other non-ASCII characters with plain ones.',
  source: 'Microsoft Learn, certification submission; validator ValueMustBeInEnglish.',
};

export default defineRule({
  meta: {
    id: 'op-summary-english',
    area: 'op',
    description: 'Operation summaries are written in English (checked as printable ASCII only).',
    severity: certification('warning'),
    messages: {
      nonAscii: "The summary of operation '{operation}' contains {char}, outside printable ASCII; write it in English with plain characters.",
    },
  },
  create(context) {
    return {
      operation(operation) {
        const summary = textField(operation.value, operation.pointer, 'summary');
        const char = summary && firstNonAscii(summary.text);
        if (summary && char) {
          context.report({ messageId: 'nonAscii', pointer: summary.pointer, data: { operation: operationLabel(operation), char: showChar(char) } });
        }
      },
    };
  },
});
