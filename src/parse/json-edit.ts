/**
 * Re-reading JSON after an edit inside one string value, the playground's keystroke in a 1 MB swagger: the text keeps
 * its shape, so what the first parse learnt about positions is moved by the length difference instead of found again,
 * and the new value is the old one with that string replaced (no scan, no `JSON.parse` of the whole text).
 */
import type { ParsedJson } from './json.js';
import { joinPointer, parsePointer } from './pointer.js';
import { SpannedJson } from './spanned-json.js';
import type { LineMap } from './positions.js';

/** A JSON text as parsed on the fast path, with its line map. */
export interface ParsedText {
  text: string;
  parsed: ParsedJson;
  lines: LineMap;
}

/**
 * The new text read from the old one, when the only difference lies between the quotes of one string value (not a
 * key) and leaves a valid string within `maxStringLength`; `undefined` otherwise, for a full parse. The value, every
 * span and every line and column are those a full parse of `text` gives; `strings` are the string's text before and
 * after, quotes included.
 */
export function reparseStringEdit(
  old: ParsedText,
  text: string,
  maxStringLength: number,
): (ParsedText & { strings: [string, string] }) | undefined {
  const spans = old.parsed;
  if (!(spans instanceof SpannedJson)) return undefined;
  const from = commonStart(old.text, text);
  const pointer = innermostValue(spans, from);
  const span = spans.locate(pointer)!;
  const end = span.offset + span.length;
  const delta = text.length - old.text.length;
  // Between the quotes of a string, which the scan bounds by the limit (a longer one is cut by the full parse), and
  // the rest of the text as it was.
  if (old.text[span.offset] !== '"' || from <= span.offset || span.length + delta > maxStringLength + 2) return undefined;
  if (end + delta <= from || old.text.slice(end) !== text.slice(end + delta)) return undefined;
  const string = text.slice(span.offset, end + delta);
  try {
    // A valid string token in place of the old one leaves the shape as it was, and the line breaks too: no string
    // holds one. An escape sequence split by the edit is read as the new text has it, or refused.
    return {
      text,
      parsed: spans.edited(withValue(spans.value, parsePointer(pointer)!, 0, JSON.parse(string)), text, from, delta),
      lines: old.lines.shifted(text, from, delta),
      strings: [old.text.slice(span.offset, end), string],
    };
  } catch {
    return undefined;
  }
}

/** How many characters two texts have in common at their start, compared natively a block at a time. */
export function commonStart(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  let from = 0;
  for (let block = 4096; block; block >>= 4) {
    while (from + block <= shorter && a.slice(from, from + block) === b.slice(from, from + block)) from += block;
  }
  return from;
}

/** The pointer of the innermost value that holds offset `at`, found from the root by the spans on the way. */
function innermostValue(spans: SpannedJson, at: number): string {
  let pointer = '';
  for (let value = spans.value; typeof value === 'object' && value !== null; ) {
    const key = Object.keys(value).find((k) => {
      const span = spans.locate(joinPointer(pointer, k));
      return span !== undefined && span.offset <= at && at < span.offset + span.length;
    });
    if (key === undefined) break;
    pointer = joinPointer(pointer, key);
    value = (value as Record<string, unknown>)[key];
  }
  return pointer;
}

/**
 * `value` with the value at `segments` (from `depth` on) replaced: the objects and arrays on the way are copied, the
 * rest is shared with the previous parse. Keys keep their order, and a key such as `__proto__` stays a plain key.
 */
function withValue(value: unknown, segments: string[], depth: number, replacement: unknown): unknown {
  if (depth === segments.length) return replacement;
  const segment = segments[depth]!;
  const container = value as Record<string, unknown>;
  const copy = Array.isArray(container) ? container.slice() : { ...container };
  const child = withValue(container[segment], segments, depth + 1, replacement);
  Object.defineProperty(copy, segment, { value: child, enumerable: true, writable: true, configurable: true });
  return copy;
}
