import { defineRule, type RuleDocs } from '../../core/rule.js';
import { independentPublisherColor, propertiesOf } from '../shared/properties.js';

export const docs: RuleDocs = {
  rationale: 'Every independent publisher connector shares one brand colour, which marks it as community-published; Microsoft rejects any other.',
  // A getter: unused docs drop out of bundles only when building them has no effect.
  get fix() {
    return `Set \`"iconBrandColor": "${independentPublisherColor}"\`.`;
  },
  source:
    'microsoft/PowerPlatformConnectors README; Microsoft Learn, certification submission step 3a; PR#1305.',
};

export default defineRule({
  meta: {
    id: 'props-iconbrandcolor-ip',
    area: 'props',
    description: `Independent publisher connectors set iconBrandColor to ${independentPublisherColor}.`,
    severity: { 'independent-publisher': 'error' },
    fixable: true,
    messages: {
      wrongColor: `iconBrandColor is '{color}'; independent publisher connectors must use '${independentPublisherColor}'.`,
    },
  },
  create(context) {
    return {
      apiProperties({ value }) {
        const color = propertiesOf(value)?.iconBrandColor;
        // Missing or empty colours are reported by props-iconbrandcolor-required.
        if (typeof color !== 'string' || color.trim() === '' || color.trim().toLowerCase() === independentPublisherColor) return;
        context.report({
          messageId: 'wrongColor',
          pointer: '/properties/iconBrandColor',
          data: { color: color.slice(0, 40) },
          fix: [{ op: 'replace', path: '/properties/iconBrandColor', value: independentPublisherColor }],
        });
      },
    };
  },
});
