import type { Range } from '../core/types.js';
import { shownLength } from '../rules/shared/secrets.js';
import { frameText } from './terminal-text.js';

/** Widest slice of a source line shown; minified swagger files can have one line of a megabyte. */
const maxWidth = 100;

/** Characters of a source text, by offset and length. */
export interface Span {
  offset: number;
  length: number;
}

/**
 * The offending line with a caret under the range, e.g.
 * ```
 *   12 |     "summary": "TODO",
 *      |                ^^^^^^
 * ```
 * Returns no lines when the range does not fit the text (a stale or foreign source). Characters of `secrets` are
 * starred exactly as the rules' messages mask them (the same leading characters shown, nothing around them touched).
 */
export function codeFrame(text: string, range: Range, secrets: readonly Span[] = []): string[] {
  const { start, end } = range;
  const lineStart = start.offset - (start.column - 1);
  if (lineStart < 0 || start.offset > text.length) return [];
  if (lineStart > 0 && !isBreak(text.charCodeAt(lineStart - 1))) return [];
  let lineEnd = lineStart;
  while (lineEnd < text.length && !isBreak(text.charCodeAt(lineEnd))) lineEnd += 1;
  if (start.offset > lineEnd) return [];
  const caretEnd = end.line === start.line ? Math.min(end.offset, lineEnd) : lineEnd;
  const caretLength = Math.max(1, caretEnd - start.offset);
  // A window around the start, so the caret stays visible on long lines.
  const from = Math.max(lineStart, Math.min(start.offset - 20, lineEnd - maxWidth));
  const to = Math.min(lineEnd, from + maxWidth);
  const head = from > lineStart ? '…' : '';
  const tail = to < lineEnd ? '…' : '';
  const shown = frameText(mask(text, from, to, secrets));
  const gutter = String(start.line);
  const pad = ' '.repeat(gutter.length);
  const caretOffset = head.length + start.offset - from;
  const carets = '^'.repeat(Math.max(1, Math.min(caretLength, to - start.offset)));
  return [`${gutter} | ${head}${shown}${tail}`, `${pad} | ${' '.repeat(caretOffset)}${carets}`];
}

const isBreak = (code: number) => code === 10 || code === 13;

/** The text from `from` to `to`, each secret starred past the characters its message shows. */
function mask(text: string, from: number, to: number, secrets: readonly Span[]): string {
  let out = text.slice(from, to);
  for (const { offset, length } of secrets) {
    const a = Math.max(from, offset + shownLength(length));
    const b = Math.min(to, offset + length);
    if (a < b) out = out.slice(0, a - from) + '*'.repeat(b - a) + out.slice(b - from);
  }
  return out;
}
