/**
 * Re-reading JSON after an edit inside one string value, the playground's keystroke in a 1 MB swagger: the text keeps
 * its shape, so what the first parse learnt about positions is moved by the length difference instead of found again.
 */
import { fastParsed, type ParsedJson } from './json.js';
import type { LineMap } from './positions.js';

/** Where two texts differ: `[from, oldEnd)` of the old text became `[from, newEnd)` of the new one. */
export interface TextDifference {
  from: number;
  oldEnd: number;
  newEnd: number;
}

/** A JSON text as parsed on the fast path, with its line map. */
export interface ParsedText {
  text: string;
  parsed: ParsedJson;
  lines: LineMap;
}

/**
 * The new text read from the old one, when the only difference lies inside one string value (not a key) and leaves
 * it a string, within `maxStringLength`; `undefined` otherwise, for a full parse. The value, every span and every line
 * and column are those a full parse of `text` gives; `difference` says where the texts differ.
 */
export function reparseStringEdit(
  old: ParsedText,
  text: string,
  maxStringLength: number,
): (ParsedText & { difference: TextDifference }) | undefined {
  const spans = old.parsed.spans;
  if (!spans) return undefined;
  const difference = differenceOf(old.text, text);
  if (!difference) return undefined;
  const { from, oldEnd, newEnd } = difference;
  if (!plainCharacters(old.text, from, oldEnd) || !plainCharacters(text, from, newEnd)) return undefined;
  const string = stringAround(old.text, from, oldEnd);
  if (!string || isKey(old.text, string.close)) return undefined;
  const delta = newEnd - oldEnd;
  // The scan bounds each string's raw length by the limit; a longer one is cut with a diagnostic by the full parse.
  if (string.close + delta - string.open - 1 > maxStringLength) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return {
    text,
    parsed: fastParsed(value, spans.shifted(text, from, delta)),
    lines: old.lines.shifted(text, from, delta),
    difference,
  };
}

/**
 * The one region where the texts differ, from the longest common start and end; `undefined` when they are equal.
 * Long stretches are compared natively, a block at a time. A surrogate pair is never split.
 */
export function differenceOf(a: string, b: string): TextDifference | undefined {
  if (a === b) return undefined;
  const shorter = Math.min(a.length, b.length);
  let from = 0;
  for (let block = 4096; block >= 1; block >>= 4) {
    while (from + block <= shorter && a.slice(from, from + block) === b.slice(from, from + block)) from += block;
  }
  let common = 0; // characters equal at the end, not overlapping the common start
  const room = shorter - from;
  for (let block = 4096; block >= 1; block >>= 4) {
    while (common + block <= room && a.slice(a.length - common - block, a.length - common) === b.slice(b.length - common - block, b.length - common)) {
      common += block;
    }
  }
  // A surrogate pair is one character: kept whole on one side, so that both sides measure their UTF-8 alike.
  if (from > 0 && isHighSurrogate(a.charCodeAt(from - 1))) from--;
  if (common > 0 && isLowSurrogate(a.charCodeAt(a.length - common))) common--;
  return { from, oldEnd: a.length - common, newEnd: b.length - common };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The string token whose inside holds `[from, to)` in valid JSON text (`open` and `close` are its quotes), when no
 * escape sequence is cut at `from` and `[from, to)` holds no quote or backslash. A string cannot hold a line break, so
 * every line starts outside strings and the tokens are read from the start of the line.
 */
function stringAround(text: string, from: number, to: number): { open: number; close: number } | undefined {
  let open = -1;
  for (let i = text.lastIndexOf('\n', from - 1) + 1; i < from; i++) {
    const c = text.charCodeAt(i);
    if (open < 0) {
      if (c === 34) open = i;
    } else if (c === 34) open = -1;
    else if (c === 92) {
      const end = i + (text.charCodeAt(i + 1) === 117 ? 6 : 2); // \uXXXX or \n
      if (end > from) return undefined; // the edit would split it (`\u00|e9`)
      i = end - 1;
    }
  }
  if (open < 0) return undefined;
  for (let i = to; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) return { open, close: i };
    if (c === 92) i++;
  }
  return undefined;
}

/** Whether the string that closes at `close` is an object's key: a ':' follows it. */
function isKey(text: string, close: number): boolean {
  let i = close + 1;
  for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++i));
  return text.charCodeAt(i) === 58;
}

/** Whether `[from, to)` holds only characters a string takes as they are: no quote, backslash or control character. */
function plainCharacters(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c === 34 || c === 92) return false;
  }
  return true;
}
