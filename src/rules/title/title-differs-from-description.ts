import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { infoString } from '../shared/info.js';
import { normalise } from '../shared/text.js';

export const docs: RuleDocs = {
  rationale: 'The description is shown under the title; repeating the title tells the user nothing.',
  fix: 'Write one or two sentences on the service and what the connector lets people do.',
  source: 'microsoft/PowerPlatformConnectors schema, info.description.',
};

export default defineRule({
  meta: {
    id: 'title-differs-from-description',
    area: 'title',
    description: 'The description is not just the title again.',
    severity: certification('warning'),
    messages: {
      same: 'info.description repeats the title; describe what the service does and what the connector offers.',
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const title = infoString(value, 'title');
        const description = infoString(value, 'description');
        if (title?.trim() && description !== undefined && normalise(title) === normalise(description.replace(/[.!]\s*$/, ''))) {
          context.report({ messageId: 'same', pointer: '/info/description' });
        }
      },
    };
  },
});
