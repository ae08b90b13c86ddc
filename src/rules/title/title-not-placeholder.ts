import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { infoString } from '../shared/info.js';
import { templateTitle } from '../shared/placeholders.js';
import { normalise } from '../shared/text.js';

export const docs: RuleDocs = {
  rationale: 'A title left as in the template means the connector was never named.',
  fix: 'Set info.title to the product or organisation name.',
  source: 'microsoft/PowerPlatformConnectors templates (independent publisher and certified).',
};

export default defineRule({
  meta: {
    id: 'title-not-placeholder',
    area: 'title',
    description: "The title is not the template's placeholder text.",
    severity: certification('error'),
    messages: {
      placeholder: "info.title still holds the template's placeholder; replace it with the connector name.",
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const title = infoString(value, 'title');
        if (title !== undefined && normalise(title) === normalise(templateTitle)) {
          context.report({ messageId: 'placeholder', pointer: '/info/title' });
        }
      },
    };
  },
});
