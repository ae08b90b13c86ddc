import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { infoString } from '../shared/info.js';
import { codePointLength } from '../shared/text.js';

export const minDescriptionLength = 30;
export const maxDescriptionLength = 500;

export const docs: RuleDocs = {
  rationale: 'The validator rejects descriptions outside the range; both bounds are inclusive.',
  fix: 'Say what the service is and what the connector lets people do, in one to three sentences.',
  source: "Microsoft Learn, certification submission; validator FieldLengthNotInRange ('description', 30, 500).",
};

export default defineRule({
  meta: {
    id: 'desc-length',
    area: 'desc',
    description: `The description is ${minDescriptionLength} to ${maxDescriptionLength} characters long.`,
    severity: certification('error'),
    messages: {
      tooShort: `The description is {length} characters long; write at least ${minDescriptionLength}.`,
      tooLong: `The description is {length} characters long; shorten it to at most ${maxDescriptionLength}.`,
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const description = infoString(value, 'description');
        if (description === undefined || description.trim() === '') return;
        const length = codePointLength(description);
        if (length < minDescriptionLength) context.report({ messageId: 'tooShort', pointer: '/info/description', data: { length } });
        else if (length > maxDescriptionLength) context.report({ messageId: 'tooLong', pointer: '/info/description', data: { length } });
      },
    };
  },
});
