import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { infoOf } from '../shared/info.js';

export const docs: RuleDocs = {
  rationale: 'The title is the connector name shown in every designer; Swagger 2.0 and the certification rules require it.',
  fix: 'Set `info.title` to the product or organisation name, at most 30 characters.',
  source: 'Microsoft Learn, certification submission; validator RequiredPropertyMissing.',
};

export default defineRule({
  meta: {
    id: 'title-required',
    area: 'title',
    description: 'The connector has a non-empty `info.title`.',
    severity: everywhere('error'),
    messages: {
      missing: 'The swagger has no info.title; add the name of the product or organisation.',
      notString: 'info.title must be a string, not {type}.',
      empty: 'info.title is empty; add the name of the product or organisation.',
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const info = infoOf(value);
        if (!info || !Object.hasOwn(info, 'title')) {
          context.report({ messageId: 'missing', pointer: info ? '/info' : '' });
        } else if (typeof info.title !== 'string') {
          context.report({ messageId: 'notString', pointer: '/info/title', data: { type: info.title === null ? 'null' : Array.isArray(info.title) ? 'an array' : typeof info.title } });
        } else if (info.title.trim() === '') {
          context.report({ messageId: 'empty', pointer: '/info/title' });
        }
      },
    };
  },
});
