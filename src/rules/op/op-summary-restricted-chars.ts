import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { operationLabel, textField } from '../shared/operations.js';
import { summaryRestrictedChars } from '../shared/words.js';

/** The first restricted character (all are ASCII, so a scan by code unit finds it as a scan by code point would). */
function firstRestrictedChar(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) if (summaryRestrictedChars.includes(text[i]!)) return text[i];
  return undefined;
}

export const docs: RuleDocs = {
  rationale: 'The Swagger Validator rejects summaries containing any of these characters; no accepted connector has one.',
  fix: "Reword: 'Get and/or list items' becomes 'Get or list items', '50% off' becomes '50 percent off'.",
  source: 'Swagger Validator RestrictedCharactersInSummary, seen in PowerPlatformConnectors PR#1095; connector string guidance.',
};

export default defineRule({
  meta: {
    id: 'op-summary-restricted-chars',
    area: 'op',
    description: `Operation summaries contain none of the characters ${summaryRestrictedChars.split('').join(' ')}.`,
    severity: certification('error'),
    messages: {
      restricted: "The summary of operation '{operation}' contains '{char}', which the validator refuses; reword it without any of {list}.",
    },
  },
  create(context) {
    return {
      operation(operation) {
        const summary = textField(operation.value, operation.pointer, 'summary');
        const char = summary && firstRestrictedChar(summary.text);
        if (summary && char) {
          context.report({
            messageId: 'restricted',
            pointer: summary.pointer,
            data: { operation: operationLabel(operation), char, list: summaryRestrictedChars },
          });
        }
      },
    };
  },
});
