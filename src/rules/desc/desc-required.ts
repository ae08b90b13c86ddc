import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { infoOf } from '../shared/info.js';

export const docs: RuleDocs = {
  rationale: 'The description is shown wherever the connector is listed; the validator requires it.',
  fix: 'Add `info.description`: one or two sentences, 30 to 500 characters, in English.',
  source: "Microsoft Learn, certification submission; validator message \"The 'description' property is required. ValuePath: /info\".",
};

export default defineRule({
  meta: {
    id: 'desc-required',
    area: 'desc',
    description: 'The connector has a non-empty `info.description`.',
    severity: certification('error'),
    messages: {
      missing: 'The swagger has no info.description; describe the service and what the connector offers in 30 to 500 characters.',
      notString: 'info.description must be a string.',
      empty: 'info.description is empty; describe the service and what the connector offers in 30 to 500 characters.',
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const info = infoOf(value);
        if (!info || !Object.hasOwn(info, 'description')) {
          context.report({ messageId: 'missing', pointer: info ? '/info' : '' });
        } else if (typeof info.description !== 'string') {
          context.report({ messageId: 'notString', pointer: '/info/description' });
        } else if (info.description.trim() === '') {
          context.report({ messageId: 'empty', pointer: '/info/description' });
        }
      },
    };
  },
});
