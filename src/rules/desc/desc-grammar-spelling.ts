import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { infoString } from '../shared/info.js';
import { writingSlips } from '../shared/operation-text.js';

export const docs: RuleDocs = {
  rationale:
    'Reviewers reject descriptions with grammar or spelling errors. Only a person can judge grammar; this rule catches the slips a program can see.',
  fix: 'Proof-read the description and fix the slip named in the message.',
  source: 'Microsoft Learn, certification submission.',
};

export default defineRule({
  meta: {
    id: 'desc-grammar-spelling',
    area: 'desc',
    description: 'The description has no mechanical writing slips: doubled words, a lower-case start, a missing space after a full stop.',
    severity: certification('info'),
    messages: {
      doubled: "The description repeats the word '{word}'; remove one.",
      lowercaseStart: 'The description starts with a lower-case letter; start with a capital.',
      missingSpace: "The description has no space after a full stop in '{text}'.",
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const description = infoString(value, 'description');
        if (!description) return;
        for (const { kind, ...data } of writingSlips(description)) context.report({ messageId: kind, pointer: '/info/description', data });
      },
    };
  },
});
