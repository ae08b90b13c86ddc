/** Text checks shared by the operation and parameter string rules; every scan is linear on any input. */
import { normalise } from './text.js';

const closers = new Set(['"', "'", ')', ']']);

/** Whether the text ends like a sentence: `.`, `!` or `?`, optionally followed by a closing quote or bracket. */
export function endsLikeSentence(text: string): boolean {
  const trimmed = text.trimEnd();
  let end = trimmed.length - 1;
  if (closers.has(trimmed[end] ?? '')) end--;
  const last = trimmed[end];
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
  return !/\s/.test(text.trim());
}

/** Short words that title case leaves in lower case. */
const minorWords = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'per', 'the', 'to', 'via', 'vs', 'with']);

/** Words of the text, split on white space, without surrounding punctuation. */
export function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map(trimToAlphanumeric)
    .filter((word) => word !== '');
}

const alphanumeric = /[A-Za-z0-9]/;

/** Strips leading and trailing characters that are not letters or digits; a scan rather than an unanchored regex. */
function trimToAlphanumeric(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && !alphanumeric.test(word[start]!)) start++;
  while (end > start && !alphanumeric.test(word[end - 1]!)) end--;
  return word.slice(start, end);
}

const startsUpper = (word: string) => /^[A-Z]/.test(word);
const startsLower = (word: string) => /^[a-z]/.test(word);
/** An acronym or identifier (ID, URL, iOS): its case says nothing about the casing style. */
const isAcronymLike = (word: string) => /[A-Z]/.test(word.slice(1)) || /[0-9]/.test(word);

/**
 * Title Case: at least two words after the first start with a capital and none of the other words starts in lower
 * case (minor words excepted). Acronyms and product names do not count either way.
 */
export function looksTitleCase(text: string): boolean {
  const rest = wordsOf(text).slice(1).filter((word) => !isAcronymLike(word));
  const capitalised = rest.filter(startsUpper).length;
  return capitalised >= 2 && !rest.some((word) => startsLower(word) && !minorWords.has(word));
}

/** The first word that breaks Title Case (a lower-case word that is not a minor word), if any. */
export function firstLowerCaseWord(text: string): string | undefined {
  return wordsOf(text).find((word, index) => startsLower(word) && (index === 0 || !minorWords.has(word)) && !/[A-Z]/.test(word));
}

/** The first character outside `allowed`, which tests one character. */
export function firstCharOutside(text: string, allowed: (char: string) => boolean): string | undefined {
  for (const char of text) if (!allowed(char)) return char;
  return undefined;
}

/** Letters, digits, spaces and parentheses: what Microsoft asks summaries to contain. */
export function isPlainSummaryChar(char: string): boolean {
  return /^[A-Za-z0-9 ()]$/.test(char);
}

export type WritingSlip = { kind: 'doubled'; word: string } | { kind: 'missingSpace'; text: string } | { kind: 'lowercaseStart' };

/** Slips a program can see: a doubled word, a missing space after a full stop, a lower-case first letter. */
export function findWritingSlip(text: string): WritingSlip | undefined {
  const doubled = /\b([A-Za-z]+)\s+\1\b/i.exec(text);
  if (doubled && !/^(that|had|is)$/i.test(doubled[1]!)) return { kind: 'doubled', word: doubled[1]! };
  const missing = /[a-z]{2}\.[A-Z][a-z]/.exec(text);
  if (missing) return { kind: 'missingSpace', text: missing[0] };
  const start = text.trimStart();
  // A lower-case start followed by a capital is an identifier such as 'iPhone' or 'eBay'.
  if (/^[a-z]/.test(start) && !/^[a-z]+[A-Z]/.test(start)) return { kind: 'lowercaseStart' };
  return undefined;
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
