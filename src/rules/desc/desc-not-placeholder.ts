import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { infoString } from '../shared/info.js';
import { templateDescription } from '../shared/placeholders.js';
import { normalise } from '../shared/text.js';

export const docs: RuleDocs = {
  rationale: 'A description left as in the template tells users nothing about the connector.',
  fix: 'Replace it with one to three sentences about the service and what the connector offers.',
  source: 'microsoft/PowerPlatformConnectors templates (independent publisher and certified).',
};

export default defineRule({
  meta: {
    id: 'desc-not-placeholder',
    area: 'desc',
    description: "The description is not the template's placeholder text.",
    severity: certification('error'),
    messages: {
      placeholder: "info.description still holds the template's placeholder; describe the service and the connector.",
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const description = infoString(value, 'description');
        if (description !== undefined && normalise(description) === normalise(templateDescription)) {
          context.report({ messageId: 'placeholder', pointer: '/info/description' });
        }
      },
    };
  },
});
