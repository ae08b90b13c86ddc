import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { propertiesOf } from '../shared/properties.js';
import { showChar } from '../shared/text.js';

/**
 * A character other than a letter, mark or digit of any script, made on first use: names are mostly ASCII, whose
 * letters, digits and punctuation of names are taken out first, and V8 builds the Unicode classes when the expression
 * is made and first run (about 0.6 ms of a start of the CLI).
 */
let oddCharacter: RegExp | undefined;

export const docs: RuleDocs = {
  rationale:
    "The documentation asks for both values in alphanumeric format. Accepted connectors use spaces, dots, commas, '&', apostrophes, brackets, hyphens and accented letters, so only other characters (URLs, '|', '@', emoji) are reported.",
  fix: "Write only the name, e.g. 'Contoso Ltd.' rather than 'https://contoso.com' or 'Jane Doe | Contoso'.",
  source: 'Microsoft Learn, certification submission step 3a.',
};

export default defineRule({
  meta: {
    id: 'props-publisher-stackowner-format',
    area: 'props',
    description: 'publisher and stackOwner are plain names: letters, digits, spaces and the punctuation of names.',
    severity: certification('warning'),
    messages: {
      oddCharacter: "{key} '{value}' contains {char}; write a plain person, company or organisation name.",
    },
  },
  create(context) {
    return {
      apiProperties({ value }) {
        const properties = propertiesOf(value);
        for (const key of ['publisher', 'stackOwner'] as const) {
          const text = properties?.[key];
          if (typeof text !== 'string') continue;
          const rest = text.trim().replace(/[A-Za-z0-9 .,&'()-]/g, '');
          const char = rest && (oddCharacter ??= /[^\p{L}\p{M}\p{N}]/u).exec(rest)?.[0];
          if (char) {
            context.report({ messageId: 'oddCharacter', pointer: `/properties/${key}`, data: { key, value: text.slice(0, 80), char: showChar(char) } });
          }
        }
      },
    };
  },
});
