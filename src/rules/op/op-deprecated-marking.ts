import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { operationLabel, textField } from '../shared/operations.js';

/** What the designer shows next to the operation's name: kept to the one spelling Microsoft documents. */
const summaryMarker = '(deprecated)';
/** In the description, any common form says it: "[DEPRECATED]", "(deprecated by OpenAI - use ...)", "Deprecation:". */
const descriptionWord = /\bdeprecat(?:ed|ion|es|e)\b/i;

export const docs: RuleDocs = {
  rationale:
    'Deprecated operations stay visible in existing flows; the marker tells users to move to the replacement. The summary is what the designer shows, so it must carry the documented "(deprecated)" (any letter case). The description only has to say it: the word in any common form ("[DEPRECATED] ...", "(deprecated by the vendor - use ...)", "Deprecation notice") is accepted. Earlier versions asked for the literal "(deprecated)" in the description too.',
  fix: "Append ' (deprecated)' to the summary, and say in the description that the operation is deprecated and which operation replaces it.",
  source: 'Microsoft Learn, deprecating an operation.',
};

export default defineRule({
  meta: {
    id: 'op-deprecated-marking',
    area: 'op',
    description: 'A deprecated operation says "(deprecated)" in its summary and that it is deprecated in its description.',
    severity: certification('warning'),
    messages: {
      summary: "Operation '{operation}' is deprecated but its summary does not say so; append ' (deprecated)' to it.",
      description: "Operation '{operation}' is deprecated but its description does not say so; add that it is deprecated and which operation replaces it.",
    },
  },
  create(context) {
    return {
      operation(operation) {
        const { value } = operation;
        if (value.deprecated !== true) return;
        const data = { operation: operationLabel(operation) };
        const summary = textField(value, operation.pointer, 'summary');
        if (summary && !summary.text.toLowerCase().includes(summaryMarker)) context.report({ messageId: 'summary', pointer: summary.pointer, data });
        const description = textField(value, operation.pointer, 'description');
        if (description && !descriptionWord.test(description.text)) context.report({ messageId: 'description', pointer: description.pointer, data });
      },
    };
  },
});
