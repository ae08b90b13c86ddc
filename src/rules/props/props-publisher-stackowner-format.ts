import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { propertiesOf } from '../shared/properties.js';
import { showChar } from '../shared/text.js';

/** Letters and digits of any script, and the punctuation company and person names use (all ASCII). */
const asciiNameCharacter = /^[A-Za-z0-9 .,&'()-]$/;
/**
 * The rest of every script, made on first use: most names are ASCII, and V8 builds the Unicode classes when the
 * expression is made and first run (about 0.6 ms of a start of the CLI).
 */
let unicodeLetterOrDigit: RegExp | undefined;

function isNameCharacter(char: string): boolean {
  if (char < '\u0080') return asciiNameCharacter.test(char);
  unicodeLetterOrDigit ??= /^[\p{L}\p{M}\p{N}]$/u;
  return unicodeLetterOrDigit.test(char);
}

function firstOddCharacter(text: string): string | undefined {
  for (const char of text) if (!isNameCharacter(char)) return char;
  return undefined;
}

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
          const char = firstOddCharacter(text.trim());
          if (char !== undefined) {
            context.report({ messageId: 'oddCharacter', pointer: `/properties/${key}`, data: { key, value: text.slice(0, 80), char: showChar(char) } });
          }
        }
      },
    };
  },
});
