import type { Position as LspPosition, Range as LspRange } from 'vscode-languageserver';
import type { Position, Range } from '../../parse/positions.js';

/**
 * Our positions are 1-based lines and columns counted in UTF-16 code units, which is what LSP counts too, 0-based.
 * Both count in the text without a byte-order mark: the parser drops it, as editors drop it from their buffers.
 */
export function lspPosition(position: Position): LspPosition {
  return { line: position.line - 1, character: position.column - 1 };
}

/** A finding's range; a finding without one (about the whole file) sits at the file's start. */
export function lspRange(range: Range | undefined): LspRange {
  if (!range) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { start: lspPosition(range.start), end: lspPosition(range.end) };
}

/** Whether an LSP position lies in a range, its ends included (a cursor just after a value still hovers it). */
export function contains(range: LspRange, position: LspPosition): boolean {
  const before = (a: LspPosition, b: LspPosition) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(range.start, position) && before(position, range.end);
}
