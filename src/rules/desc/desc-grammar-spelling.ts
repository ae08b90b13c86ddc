import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { infoString } from '../shared/info.js';

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
        const pointer = '/info/description';
        const doubled = /\b([A-Za-z]+)\s+\1\b/i.exec(description);
        if (doubled && !/^(that|had|is)$/i.test(doubled[1]!)) {
          context.report({ messageId: 'doubled', pointer, data: { word: doubled[1]! } });
        }
        if (/^[a-z]/.test(description.trimStart()) && !/^[a-z]+[A-Z]/.test(description.trimStart())) {
          context.report({ messageId: 'lowercaseStart', pointer });
        }
        const missing = /[a-z]{2}\.[A-Z][a-z]/.exec(description);
        if (missing) context.report({ messageId: 'missingSpace', pointer, data: { text: missing[0] } });
      },
    };
  },
});
