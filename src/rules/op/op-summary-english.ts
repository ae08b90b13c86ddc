import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { operationLabel, textField } from '../shared/operations.js';
import { firstNonEnglishChar, showChar } from '../shared/text.js';

export const docs: RuleDocs = {
  rationale:
    'Certified connector strings must be English. Language cannot be judged mechanically, so the rule flags characters outside printable ASCII, as the validator asks; a reviewer decides the rest. Typographic quotes, dashes and the ellipsis are English punctuation (the catalogue allows them), and accented letters inside a capitalised word are a proper noun such as Brønnøysundregistrene, not another language: neither is reported (earlier versions reported both). Where a plain replacement is obvious (é to e, a no-break space to a space), the message names it.',
  fix: 'Replace the character named with its plain form, or rewrite the text in English.',
  source: 'Microsoft Learn, certification submission; validator ValueMustBeInEnglish.',
};

export default defineRule({
  meta: {
    id: 'op-summary-english',
    area: 'op',
    description: 'Operation summaries are written in English (checked as printable ASCII plus typographic punctuation and accented proper nouns).',
    severity: certification('warning'),
    messages: {
      nonAscii: "The summary of operation '{operation}' contains {char}, which English text does not use; write it in English with plain characters.",
      replace: "The summary of operation '{operation}' contains {char}, which English text does not use; if the text is English, write '{replacement}' instead.",
    },
  },
  create(context) {
    return {
      operation(operation) {
        const summary = textField(operation.value, operation.pointer, 'summary');
        const found = summary && firstNonEnglishChar(summary.text);
        if (!summary || !found) return;
        const data = { operation: operationLabel(operation), char: showChar(found.char), replacement: found.replacement ?? '' };
        context.report({ messageId: found.replacement ? 'replace' : 'nonAscii', pointer: summary.pointer, data });
      },
    };
  },
});
