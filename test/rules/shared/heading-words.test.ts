import { describe, expect, it } from 'vitest';
import { addHeadingWords, headingKey } from '../../../src/rules/shared/readme.js';

/** What addHeadingWords must give: the words of the key. */
const keyWords = (text: string) => (headingKey(text) === '' ? [] : headingKey(text).split(' '));

const words = (...texts: string[]) => {
  const into: string[] = [];
  for (const text of texts) addHeadingWords(text, into);
  return into;
};

describe('addHeadingWords', () => {
  it('gives the words of headingKey, letters outside ASCII and the BMP included', () => {
    const texts = [
      '',
      '   ',
      '## Supported Operations',
      '**Known Issues & Limitations:**',
      "Get a user's time-zone (s)",
      'Σίσυφος ΟΔΟΣ',
      'İstanbul KELVIN',
      'Straße № 5 ²³ ½',
      '𝐁𝐨𝐥𝐝 math 𝟙𝟚 emoji 😀 here',
      'lone \ud800 high and \udc00 low',
      'tab\tand\u00a0nbsp and\u2003em space',
      '日本語のテキスト、句読点。',
      "--leading-dashes-- and ''quotes''",
    ];
    for (const text of texts) expect(words(text), text).toEqual(keyWords(text));
  });

  it('gives the words of random text the same way', () => {
    const pool = ['a', 'Z', '0', ' ', '-', "'", '.', 'É', 'ß', 'Σ', 'İ', '\u0307', '𝐀', '😀', '\ud800', '\t', '\u00a0', '·', 'ﬁ'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 500; n++) {
      let text = '';
      for (let length = next() % 24; length > 0; length--) text += pool[next() % pool.length];
      expect(words(text), JSON.stringify(text)).toEqual(keyWords(text));
    }
  });

  it('joins lines as headingKey joins them with spaces', () => {
    const lines = ['### Get Companies', '', 'Gets the companies; Σ', 'ΣΑΣ end.'];
    expect(words(...lines)).toEqual(keyWords(lines.join(' ')));
  });
});
