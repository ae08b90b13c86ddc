import { defineRule, type RuleDocs } from '../../core/rule.js';
import { replaceWith } from '../shared/fixes.js';
import { propertiesOf } from '../shared/properties.js';

/** The colour as '#' and six hex digits, when it is that colour written without '#' or in the three-digit short form. */
function sixDigitHex(color: string): string | undefined {
  const digits = /^#?([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$/.exec(color.trim())?.[1];
  if (digits === undefined) return undefined;
  return `#${digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits}`;
}

export const docs: RuleDocs = {
  rationale: 'The brand colour is documented as an HTML hex code; other notations (names, rgb(), three digits) are not documented and may not render.',
  fix: "Write the colour as `#RRGGBB`. The finding's fix adds a missing '#' and expands the three-digit form (`#abc` to `#aabbcc`).",
  source: 'microsoft/PowerPlatformConnectors README; the six-digit form is inferred, not documented.',
};

export default defineRule({
  meta: {
    id: 'props-iconbrandcolor-format',
    area: 'props',
    description: 'iconBrandColor is a six-digit hex colour such as `#1f6feb`.',
    // For independent publishers props-iconbrandcolor-ip already requires the one exact value.
    severity: { certified: 'warning' },
    fixable: true,
    messages: {
      notHex: "iconBrandColor '{color}' is not a six-digit hex colour; write it as '#' followed by six hex digits, like '#1f6feb'.",
    },
  },
  create(context) {
    return {
      apiProperties({ value }) {
        const color = propertiesOf(value)?.iconBrandColor;
        if (typeof color !== 'string' || color.trim() === '' || /^#[0-9A-Fa-f]{6}$/.test(color)) return;
        const fixed = sixDigitHex(color);
        const pointer = '/properties/iconBrandColor';
        context.report({ messageId: 'notHex', pointer, data: { color: color.slice(0, 40) }, ...(fixed !== undefined && { fix: replaceWith(pointer, fixed) }) });
      },
    };
  },
});
