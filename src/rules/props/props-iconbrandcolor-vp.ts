import { defineRule, type RuleDocs } from '../../core/rule.js';
import { propertiesOf } from '../shared/properties.js';

/** The platform's default colour and plain white, which reviewers refuse for verified publishers. */
const refusedColors = new Set(['#007ee5', '#ffffff']);

export const docs: RuleDocs = {
  rationale: "#007ee5 is the platform's default colour for custom connectors and #ffffff makes the icon invisible on white; a certified connector shows its own brand.",
  fix: 'Set iconBrandColor to the background colour of icon.png, as a hex code.',
  source: 'microsoft/PowerPlatformConnectors pull request template; PR#1558.',
};

export default defineRule({
  meta: {
    id: 'props-iconbrandcolor-vp',
    area: 'props',
    description: 'Verified publisher connectors do not use the default #007ee5 or plain #ffffff as iconBrandColor.',
    severity: { certified: 'error' },
    messages: {
      refused: "iconBrandColor '{color}' is not accepted for certified connectors; use the background colour of your icon.",
    },
  },
  create(context) {
    return {
      apiProperties({ value }) {
        const color = propertiesOf(value)?.iconBrandColor;
        if (typeof color === 'string' && refusedColors.has(color.trim().toLowerCase())) {
          context.report({ messageId: 'refused', pointer: '/properties/iconBrandColor', data: { color: color.trim() } });
        }
      },
    };
  },
});
