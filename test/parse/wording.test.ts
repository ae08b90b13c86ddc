import { describe, expect, it } from 'vitest';
import { counted, plural, quotedList, shorten, withArticle, wordList } from '../../src/parse/wording.js';

describe('wordList', () => {
  it('joins with commas and the conjunction before the last item', () => {
    expect(wordList([])).toBe('');
    expect(wordList(['a'])).toBe('a');
    expect(wordList(['a', 'b'])).toBe('a or b');
    expect(wordList(['a', 'b', 'c'])).toBe('a, b or c');
    expect(wordList(['a', 'b', 'c'], 'and')).toBe('a, b and c');
  });
});

describe('withArticle', () => {
  it('chooses a or an by the first letter, reads XML as a word starting with a vowel sound, and leaves null bare', () => {
    expect(withArticle('Operation Object')).toBe('an Operation Object');
    expect(withArticle('string')).toBe('a string');
    expect(withArticle('XML Object')).toBe('an XML Object');
    expect(withArticle('null')).toBe('null');
  });
});

describe('shorten', () => {
  it('keeps text up to the limit and cuts longer text to the limit, ellipsis included', () => {
    expect(shorten('abcdef', 6)).toBe('abcdef');
    expect(shorten('abcdefg', 6)).toBe('abcde…');
    expect(shorten('abcdefg', 6, '...')).toBe('abc...');
  });
});

describe('plural', () => {
  it('adds an s for every count but one', () => {
    expect([0, 1, 2].map((count) => plural(count, 'place'))).toEqual(['places', 'place', 'places']);
    expect([0, 1, 2].map((count) => counted(count, 'place'))).toEqual(['0 places', '1 place', '2 places']);
  });
});

describe('quotedList', () => {
  it('quotes each value and separates them with commas', () => {
    expect(quotedList([])).toBe('');
    expect(quotedList(['a'])).toBe("'a'");
    expect(quotedList(['a', 'b c'])).toBe("'a', 'b c'");
  });
});
