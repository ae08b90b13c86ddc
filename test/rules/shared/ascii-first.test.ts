import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/parse/markdown.js';
import { findSection, headingKey } from '../../../src/rules/shared/readme.js';
import { hasLetterOrDigit } from '../../../src/rules/shared/text.js';

// The Unicode forms these functions had before ASCII text was answered with plain classes: the answers must not move.
const unicodeHeadingKey = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}'-]+/gu, ' ').trim();
const unicodeSupportedOperations =
  /^((some of the )?(supported|available) (operations?|actions)( and triggers)?( for [\p{L}\p{N} '-]+)?|operations|actions( and triggers)?)$/u;
const unicodeLetterOrDigit = /[\p{L}\p{N}]/u;

const ascii = Array.from({ length: 0x80 }, (_, code) => String.fromCharCode(code));
const beyond = ['é', 'É', 'ß', 'ø', 'Ж', 'Σ', '漢', '٣', '\u0301', '\u00a0', '\u2003', '–', '’', '™', '😀', '\u{1d400}', '\u212a', 'İ', '\ufeff'];
const chars = [...ascii, ...beyond];
/** Each character alone, inside and beside words, doubled, and beside a character of the other kind. */
const texts = chars.flatMap((char) => [char, `A${char}b`, `Caf${char} list`, `x ${char}${char} y`, `${char}-'`, `é${char}`, `${char}\x01`, `Line${char}\nÉcole`]);

describe('ASCII text answered with plain classes, as the Unicode classes answer it', () => {
  it('headingKey', () => {
    for (const text of texts) expect(headingKey(text), JSON.stringify(text)).toBe(unicodeHeadingKey(text));
  });

  it('the Supported Operations heading', () => {
    for (const char of chars) {
      const document = parseMarkdown(`# Title\n\n## Supported operations for Tide${char}Tables\n\n## Actions${char}\n`);
      const expected = document.allHeadings.find((heading) => heading.level <= 3 && unicodeSupportedOperations.test(unicodeHeadingKey(heading.text)));
      expect(findSection(document, 'supportedOperations'), JSON.stringify(char)).toBe(expected);
    }
  });

  it('hasLetterOrDigit', () => {
    for (const text of texts) expect(hasLetterOrDigit(text), JSON.stringify(text)).toBe(unicodeLetterOrDigit.test(text));
  });
});
