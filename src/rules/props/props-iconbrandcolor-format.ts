import { defineRule, type RuleDocs } from '../../core/rule.js';
import { propertiesOf } from '../shared/properties.js';

export const docs: RuleDocs = {
  rationale: 'The brand colour is documented as an HTML hex code; other notations (names, rgb(), three digits) are not documented and may not render.',
  fix: 'Write the colour as `#RRGGBB`.',
  source: 'microsoft/PowerPlatformConnectors README; the six-digit form is inferred, not documented.',
};

export default defineRule({
  meta: {
    id: 'props-iconbrandcolor-format',
    area: 'props',
    description: 'iconBrandColor is a six-digit hex colour such as `#1f6feb`.',
    // For independent publishers props-iconbrandcolor-ip already requires the one exact value.
    severity: { certified: 'warning' },
    messages: {
      notHex: "iconBrandColor '{color}' is not a six-digit hex colour; write it as '#' followed by six hex digits, like '#1f6feb'.",
    },
  },
  create(context) {
    return {
      apiProperties({ value }) {
        const color = propertiesOf(value)?.iconBrandColor;
        if (typeof color !== 'string' || color.trim() === '' || /^#[0-9A-Fa-f]{6}$/.test(color)) return;
        context.report({ messageId: 'notHex', pointer: '/properties/iconBrandColor', data: { color: color.slice(0, 40) } });
      },
    };
  },
});
