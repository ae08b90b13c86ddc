/** Small string helpers shared by the string rules. */

/** Typographic quotes, dashes and the ellipsis: English punctuation, which the catalogue allows. */
const typographic = new Set(['\u2018', '\u2019', '\u201C', '\u201D', '\u2013', '\u2014', '\u2026']);

/** Plain replacements for letters that do not decompose into a base letter and a mark. */
const plainLetters: Record<string, string> = { ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ß: 'ss', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', '\u00A0': ' ' };

/** A character that may not belong in English text, and its plain replacement when there is an obvious one. */
export interface NonEnglishChar {
  char: string;
  replacement?: string;
}

const outsidePrintableAscii = /[^\x20-\x7e]/;
/**
 * A character beyond ASCII: text without one is answered with plain classes, since V8 builds Unicode ones when an
 * expression is made and first run (0.3 to 0.6 ms each in a fresh process).
 */
export const beyondAscii = /[^\x00-\x7f]/;
const asciiLetterOrDigit = /[A-Za-z0-9]/;
let unicodeLetterOrDigit: RegExp | undefined;

/** Whether a text holds a letter or a digit of any script. */
export function hasLetterOrDigit(text: string): boolean {
  if (asciiLetterOrDigit.test(text)) return true;
  return beyondAscii.test(text) && (unicodeLetterOrDigit ??= /[\p{L}\p{N}]/u).test(text);
}

/**
 * The first character that the "written in English" proxy objects to: outside printable ASCII, except typographic
 * punctuation and accented Latin letters inside a capitalised word ("Brønnøysundregistrene", "Futár"), which are
 * proper nouns rather than another language. Line breaks and tabs are allowed only in `multiline` text.
 */
export function firstNonEnglishChar(text: string, multiline = false): NonEnglishChar | undefined {
  // Most text is printable ASCII: one test answers it without the iterator `matchAll` builds.
  if (!outsidePrintableAscii.test(text)) return undefined;
  for (const match of text.matchAll(/[^\x20-\x7e]/gu)) {
    const char = match[0];
    if (char === '\r' || char === '\n' || char === '\t') {
      if (multiline) continue;
      return { char, replacement: ' ' };
    }
    if (typographic.has(char)) continue;
    if (/\p{Script=Latin}/u.test(char) && inCapitalisedWord(text, match.index)) continue;
    const plain = plainLetters[char] ?? char.normalize('NFD').replace(/\p{M}/gu, '');
    return /^[\x20-\x7e]+$/.test(plain) ? { char, replacement: plain } : { char };
  }
  return undefined;
}

function inCapitalisedWord(text: string, index: number): boolean {
  let start = index;
  while (start > 0 && /\p{L}/u.test(text[start - 1]!)) start--;
  return /\p{Lu}/u.test(text[start]!);
}

/** Shows a character so that invisible ones are visible in a message. */
export function showChar(char: string): string {
  const code = char.codePointAt(0)!;
  if (code >= 0x21 && code <= 0x7e) return `'${char}'`;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

const surrogate = /[\uD800-\uDFFF]/;

/** Length in code points, so that an emoji counts once. */
export function codePointLength(text: string): number {
  // Without a surrogate, code points are code units: one native search instead of a loop per character, which in a
  // first validation runs in V8's interpreter (about 1 ms of a check of a large connector).
  if (!surrogate.test(text)) return text.length;
  let length = 0;
  for (const _ of text) length++;
  return length;
}

/** Trimmed, case-folded, whitespace-collapsed, for comparing two strings. */
export function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function isAlphanumeric(char: string | undefined): boolean {
  return char !== undefined && /^[A-Za-z0-9]$/.test(char);
}
