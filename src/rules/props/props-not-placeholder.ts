import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { isTemplateText, propertiesOf, templatePublisherTexts, templateStackOwnerTexts } from '../shared/properties.js';

export const docs: RuleDocs = {
  rationale: 'Template text left in apiProperties.json is published as the publisher or owner of the connector.',
  fix: 'Replace the placeholder with the real name.',
  source: 'microsoft/PowerPlatformConnectors templates (independent publisher and certified apiProperties.json).',
};

export default defineRule({
  meta: {
    id: 'props-not-placeholder',
    area: 'props',
    description: "publisher and stackOwner are not the templates' placeholder texts.",
    severity: certification('error'),
    messages: {
      publisher: "publisher still holds the template's placeholder; replace it with your full name or your company's name.",
      stackOwner: "stackOwner still holds the template's placeholder; replace it with the company that owns the service.",
    },
  },
  create(context) {
    return {
      apiProperties({ value }) {
        const properties = propertiesOf(value);
        if (isTemplateText(properties?.publisher, [...templatePublisherTexts, ...templateStackOwnerTexts])) {
          context.report({ messageId: 'publisher', pointer: '/properties/publisher' });
        }
        if (isTemplateText(properties?.stackOwner, [...templateStackOwnerTexts, ...templatePublisherTexts])) {
          context.report({ messageId: 'stackOwner', pointer: '/properties/stackOwner' });
        }
      },
    };
  },
});
