import type { Position as LspPosition, Range as LspRange } from 'vscode-languageserver';
import type { Position, Range } from '../parse/positions.js';

/**
 * Our positions are 1-based lines and columns counted in UTF-16 code units, which is what LSP counts too, 0-based.
 * Editors drop a byte-order mark from the buffer, but a file read from disk keeps it in its text: on its first line
 * every column then counts one character the editor does not show.
 */
export function lspPosition(position: Position, textHasBom: boolean): LspPosition {
  const shift = textHasBom && position.line === 1 ? 1 : 0;
  return { line: position.line - 1, character: Math.max(0, position.column - 1 - shift) };
}

export function lspRange(range: Range | undefined, textHasBom: boolean): LspRange {
  if (!range) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { start: lspPosition(range.start, textHasBom), end: lspPosition(range.end, textHasBom) };
}

/** Whether an LSP position lies in a range, its ends included (a cursor just after a value still hovers it). */
export function contains(range: LspRange, position: LspPosition): boolean {
  const before = (a: LspPosition, b: LspPosition) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(range.start, position) && before(position, range.end);
}
