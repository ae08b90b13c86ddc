/** Small pieces of message wording, shared by the schema check, the rules and the reports. */

/** `a`, `a or b`, `a, b or c` (with `and` in place of `or` when asked); '' for none. */
export function wordList(items: readonly string[], conjunction: 'or' | 'and' = 'or'): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}` : (items[0] ?? '');
}

/** `word` for one, `words` for any other count. */
export function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

/** The count and the word it counts: `1 warning`, `3 warnings`. */
export function counted(count: number, word: string): string {
  return `${count} ${plural(count, word)}`;
}

/** The word after `a` or `an` ("an Operation Object", "an XML Object", "a string"); `null` stays bare. */
export function withArticle(word: string): string {
  if (word === 'null') return 'null';
  return /^(?:[aeiouAEIOU]|XML)/.test(word) ? `an ${word}` : `a ${word}`;
}

/** The text cut to at most `max` characters, the cut marked by `ellipsis`, so that a message never echoes a huge value. */
export function shorten(text: string, max: number, ellipsis = '…'): string {
  return text.length > max ? text.slice(0, max - ellipsis.length) + ellipsis : text;
}

/** Each value in single quotes, separated by commas: `'a', 'b', 'c'`. */
export function quotedList(values: readonly string[]): string {
  return values.map((value) => `'${value}'`).join(', ');
}
