import type { Range } from '../core/types.js';

/** Widest slice of a source line shown; minified swagger files can have one line of a megabyte. */
const maxWidth = 100;

/**
 * The offending line with a caret under the range, e.g.
 * ```
 *   12 |     "summary": "TODO",
 *      |                ^^^^^^
 * ```
 * Returns no lines when the range does not fit the text (a stale or foreign source). Characters inside `hidden`
 * ranges (secrets a rule found) are shown as `*` after their first four, as the rules' messages mask them.
 */
export function codeFrame(text: string, range: Range, hidden: readonly Range[] = []): string[] {
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
  const shown = printable(mask(text, from, to, hidden));
  const gutter = String(start.line);
  const pad = ' '.repeat(gutter.length);
  const caretOffset = head.length + start.offset - from;
  const carets = '^'.repeat(Math.max(1, Math.min(caretLength, to - start.offset)));
  return [`${gutter} | ${head}${shown}${tail}`, `${pad} | ${' '.repeat(caretOffset)}${carets}`];
}

const isBreak = (code: number) => code === 10 || code === 13;

/** The text from `from` to `to`, with the hidden ranges starred past their first four characters. */
function mask(text: string, from: number, to: number, hidden: readonly Range[]): string {
  let out = text.slice(from, to);
  for (const { start, end } of hidden) {
    const a = Math.max(from, start.offset + 4);
    const b = Math.min(to, end.offset);
    if (a < b) out = out.slice(0, a - from) + '*'.repeat(b - a) + out.slice(b - from);
  }
  return out;
}

/** Tabs and control characters become one space each, so the caret stays under its column. */
function printable(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code < 32 || code === 127 ? ' ' : text[i];
  }
  return out;
}
