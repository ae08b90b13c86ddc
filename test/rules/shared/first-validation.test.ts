import { describe, expect, it } from 'vitest';
import { headingKey, headingWords } from '../../../src/rules/shared/readme.js';
import { codePointLength } from '../../../src/rules/shared/text.js';

// Shortcuts taken for the first validation in a fresh process (V8's interpreter): each must answer as the plain form.
const chars = [
  ...Array.from({ length: 0x80 }, (_, code) => String.fromCharCode(code)),
  ...['é', 'ß', 'Ж', '漢', '٣', '\u0301', '\u00a0', '\u2003', '–', '’', '😀', '\u{1d400}', 'İ', '\ufeff', '\ud800', '\udfff', '\udc00x'],
];
const texts = ['', ' ', '  a  ', ...chars.flatMap((char) => [char, `A${char}b`, `Get ${char}${char} items`, `${char}-'`, `é${char}`, `Line${char}\nÉcole `])];

describe('first-validation shortcuts', () => {
  it('codePointLength counts code points, lone surrogates once each', () => {
    for (const text of texts) expect(codePointLength(text), JSON.stringify(text)).toBe([...text].length);
    expect(codePointLength('a😀b')).toBe(3);
  });

  it('headingWords gives the words of headingKey', () => {
    for (const text of texts) {
      // The plain form: what is not a letter, digit, hyphen or apostrophe turned into spaces, then trimmed.
      const key = text.toLowerCase().replace(/[^\p{L}\p{N}'-]+/gu, ' ').trim();
      expect(headingKey(text), JSON.stringify(text)).toBe(key);
      expect(headingWords(text), JSON.stringify(text)).toEqual(key === '' ? [] : key.split(' '));
    }
    expect(headingWords('**Known Issues & Limitations:**')).toEqual(['known', 'issues', 'limitations']);
  });
});
