import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { writingSlips } from '../shared/operation-text.js';
import { operationLabel, textField } from '../shared/operations.js';

export const docs: RuleDocs = {
  rationale:
    'Reviewers reject operation strings with spelling or grammar errors. Only a person can judge grammar; this rule catches the slips a program can see.',
  fix: 'Proof-read the text and fix the slip named in the message.',
  source: 'Microsoft Learn, certification submission.',
};

export default defineRule({
  meta: {
    id: 'op-strings-grammar',
    area: 'op',
    description: 'Operation summaries and descriptions have no mechanical writing slips: doubled words, a lower-case start, a missing space after a full stop.',
    severity: certification('info'),
    messages: {
      doubled: "The {field} of operation '{operation}' repeats the word '{word}'; remove one.",
      lowercaseStart: "The {field} of operation '{operation}' starts with a lower-case letter; start with a capital.",
      missingSpace: "The {field} of operation '{operation}' has no space after a full stop in '{text}'.",
    },
  },
  create(context) {
    return {
      operation(operation) {
        for (const field of ['summary', 'description'] as const) {
          const text = textField(operation.value, operation.pointer, field);
          // The first slip only: one finding per field, which names what to fix first.
          const slip = text && writingSlips(text.text)[0];
          if (!text || !slip) continue;
          const { kind, ...rest } = slip;
          context.report({ messageId: kind, pointer: text.pointer, data: { field, operation: operationLabel(operation), ...rest } });
        }
      },
    };
  },
});
