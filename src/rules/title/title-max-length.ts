import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { infoString } from '../shared/info.js';
import { codePointLength } from '../shared/text.js';

export const maxTitleLength = 30;

export const docs: RuleDocs = {
  rationale: 'The connector name is shown in narrow designer cards; the validator rejects titles over the limit.',
  fix: 'Shorten the title to the product or organisation name.',
  source: "Microsoft Learn, certification submission and connector string guidance; validator FieldLengthExceeded ('title', 30).",
};

export default defineRule({
  meta: {
    id: 'title-max-length',
    area: 'title',
    description: `The title is at most ${maxTitleLength} characters.`,
    severity: certification('error'),
    messages: {
      tooLong: `The title is {length} characters long; shorten it to at most ${maxTitleLength}.`,
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const title = infoString(value, 'title');
        if (title === undefined) return;
        const length = codePointLength(title);
        if (length > maxTitleLength) context.report({ messageId: 'tooLong', pointer: '/info/title', data: { length } });
      },
    };
  },
});
