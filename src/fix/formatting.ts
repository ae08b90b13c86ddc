import type { FormattingOptions } from 'jsonc-parser';

/**
 * The layout a file already uses, so that an inserted object or array is indented like its neighbours: the line
 * ending of the first line, and the indentation of the first indented line (a tab, or that many spaces). A file on a
 * single line gets no formatting at all, since jsonc-parser would otherwise re-lay the whole line, which is the whole
 * file.
 */
export function detectFormatting(text: string): FormattingOptions | undefined {
  const newline = text.indexOf('\n');
  if (newline < 0) return undefined;
  const eol = newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
  const indent = /\n([ \t]+)\S/.exec(text)?.[1];
  if (indent === undefined) return { eol, insertSpaces: true, tabSize: 2 };
  if (indent[0] === '\t') return { eol, insertSpaces: false, tabSize: 4 };
  return { eol, insertSpaces: true, tabSize: indent.length };
}
