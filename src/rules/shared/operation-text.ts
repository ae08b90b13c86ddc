/** Text checks shared by the operation and parameter string rules; every scan is linear on any input. */
import { normalise } from './text.js';

const closers = new Set(['"', "'", ')', ']']);

/** Whether a UTF-16 code unit is white space to `\s` and `trim()` (the same set). */
function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Index past the last character that is not white space (0 for a blank text): `trimEnd()` without the copy. */
function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Whether the text ends like a sentence: `.`, `!` or `?`, optionally followed by a closing quote or bracket. */
export function endsLikeSentence(text: string): boolean {
  let end = trimmedEnd(text) - 1;
  if (closers.has(text[end] ?? '')) end--;
  const last = text[end];
  return last === '.' || last === '!' || last === '?';
}

/**
 * The text ended with a full stop, when it ends in a letter, a digit, a closing bracket or a quote (or backtick); undefined when it ends
 * in other punctuation (a colon or comma announces more text, which a fix cannot write).
 */
export function withFullStop(text: string): string | undefined {
  const trimmed = text.trimEnd();
  return /[\p{L}\p{N}"'`)\]]$/u.test(trimmed) ? `${trimmed}.` : undefined;
}

/** A single word (no white space inside) is a label, not a sentence; string guidance tolerates it. */
export function isSingleWord(text: string): boolean {
  let start = 0;
  const end = trimmedEnd(text);
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  for (let i = start; i < end; i++) if (isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** Short words that title case leaves in lower case. */
const minorWords = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'per', 'the', 'to', 'via', 'vs', 'with']);

const isUpperCode = (code: number) => code >= 65 && code <= 90;
const isLowerCode = (code: number) => code >= 97 && code <= 122;
const isDigitCode = (code: number) => code >= 48 && code <= 57;
const isAlphanumericCode = (code: number) => isUpperCode(code) || isLowerCode(code) || isDigitCode(code);

/**
 * Calls `visit` with the bounds of each word of the text (split on white space, surrounding punctuation stripped, empty
 * ones skipped) and its index among the words, until `visit` returns true. A scan: the text is not copied.
 */
function scanWords(text: string, visit: (start: number, end: number, index: number) => boolean): void {
  let index = 0;
  let at = 0;
  while (at < text.length) {
    while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
    let end = at;
    while (end < text.length && !isSpaceCode(text.charCodeAt(end))) end++;
    let start = at;
    at = end;
    while (start < end && !isAlphanumericCode(text.charCodeAt(start))) start++;
    while (end > start && !isAlphanumericCode(text.charCodeAt(end - 1))) end--;
    if (start < end && visit(start, end, index++)) return;
  }
}

/** Whether the text has a capital letter from `start` to `end`. */
function hasUpper(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isUpperCode(text.charCodeAt(i))) return true;
  return false;
}

/** An acronym or identifier (ID, URL, iOS): its case says nothing about the casing style. */
function isAcronymLike(text: string, start: number, end: number): boolean {
  if (hasUpper(text, start + 1, end)) return true;
  for (let i = start; i < end; i++) if (isDigitCode(text.charCodeAt(i))) return true;
  return false;
}

/** Whether the word from `start` to `end` is a minor word; only lower-case words are looked up. */
const isMinorWord = (text: string, start: number, end: number) => end - start <= 4 && minorWords.has(text.slice(start, end));

/**
 * Title Case: at least two words after the first start with a capital and none of the other words starts in lower
 * case (minor words excepted). Acronyms and product names do not count either way.
 */
export function looksTitleCase(text: string): boolean {
  let capitalised = 0;
  let broken = false;
  scanWords(text, (start, end, index) => {
    if (index === 0 || isAcronymLike(text, start, end)) return false;
    const first = text.charCodeAt(start);
    if (isUpperCode(first)) capitalised++;
    else if (isLowerCode(first) && !isMinorWord(text, start, end)) broken = true;
    return broken;
  });
  return capitalised >= 2 && !broken;
}

/** The first word that breaks Title Case (a lower-case word that is not a minor word), if any. */
export function firstLowerCaseWord(text: string): string | undefined {
  let found: string | undefined;
  scanWords(text, (start, end, index) => {
    if (!isLowerCode(text.charCodeAt(start)) || (index > 0 && isMinorWord(text, start, end)) || hasUpper(text, start, end)) return false;
    found = text.slice(start, end);
    return true;
  });
  return found;
}

/** The first character (a whole code point) that is not a letter, digit, space or parenthesis: what Microsoft asks summaries to contain. */
export function firstNonPlainSummaryChar(text: string): string | undefined {
  return /[^A-Za-z0-9 ()]/u.exec(text)?.[0];
}

export type WritingSlip = { kind: 'doubled'; word: string } | { kind: 'missingSpace'; text: string } | { kind: 'lowercaseStart' };

/** Slips a program can see: a doubled word, a missing space after a full stop, a lower-case first letter. */
export function writingSlips(text: string): WritingSlip[] {
  const slips: WritingSlip[] = [];
  const doubled = /\b([A-Za-z]+)\s+\1\b/i.exec(text);
  if (doubled && !/^(that|had|is)$/i.test(doubled[1]!)) slips.push({ kind: 'doubled', word: doubled[1]! });
  const missing = /[a-z]{2}\.[A-Z][a-z]/.exec(text);
  if (missing) slips.push({ kind: 'missingSpace', text: missing[0] });
  const start = text.trimStart();
  // A lower-case start followed by a capital is an identifier such as 'iPhone' or 'eBay'.
  if (/^[a-z]/.test(start) && !/^[a-z]+[A-Z]/.test(start)) slips.push({ kind: 'lowercaseStart' });
  return slips;
}

/**
 * Whether two texts are the same once made comparable (see `comparableText`). Two texts usually differ within a few
 * characters, so ASCII text is compared in one pass without copies; other text takes the exact way.
 */
export function sameComparableText(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && isSpaceCode(a.charCodeAt(i))) i++;
  while (j < b.length && isSpaceCode(b.charCodeAt(j))) j++;
  for (;;) {
    const x = normalisedCode(a, i);
    const y = normalisedCode(b, j);
    if (x < 0 || y < 0) return comparableText(a) === comparableText(b);
    if (x !== y || x === 0) return x === y || (onlyStopsLeft(a, i) && onlyStopsLeft(b, j));
    i = nextIndex(a, i);
    j = nextIndex(b, j);
  }
}

/**
 * The code of the character at `at` as `normalise` writes it: a white space run is one space (none at the end of the
 * text), an ASCII capital its lower-case letter; 0 at the end and -1 for a character outside ASCII.
 */
function normalisedCode(text: string, at: number): number {
  if (at >= text.length) return 0;
  const code = text.charCodeAt(at);
  if (code >= 128) return -1;
  if (!isSpaceCode(code)) return isUpperCode(code) ? code + 32 : code;
  let next = at;
  while (next < text.length && isSpaceCode(text.charCodeAt(next))) next++;
  return next === text.length ? 0 : next < text.length && text.charCodeAt(next) >= 128 ? -1 : 32;
}

/** The index of the next normalised character: past the whole white space run at `at`. */
function nextIndex(text: string, at: number): number {
  if (!isSpaceCode(text.charCodeAt(at))) return at + 1;
  while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
  return at;
}

/** Whether all that is left from `at` is full stops and exclamation marks, then white space: what `comparableText` drops. */
function onlyStopsLeft(text: string, at: number): boolean {
  const end = trimmedEnd(text);
  for (let i = at; i < end; i++) if (text[i] !== '.' && text[i] !== '!') return false;
  return true;
}

/** Trimmed, case-folded text without trailing full stops or exclamation marks, for comparing a summary and a description. */
export function comparableText(text: string): string {
  const folded = normalise(text);
  let end = folded.length;
  while (end > 0 && (folded[end - 1] === '.' || folded[end - 1] === '!')) end--;
  return folded.slice(0, end);
}

/** The text cut to `max` code points with an ellipsis, so that a message never echoes a huge value in full. */
export function clip(text: string, max = 80): string {
  if (text.length <= max) return text;
  const points = Array.from(text.slice(0, max * 2 + 2));
  return points.length > max ? `${points.slice(0, max - 3).join('')}...` : text;
}
