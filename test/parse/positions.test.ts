import { describe, expect, it } from 'vitest';
import { LineMap } from '../../src/parse/positions.js';

/** Line and column of every offset, counted the plain way: '\r\n', '\r' and '\n' each end a line. */
function naivePositions(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let line = 1;
  let column = 1;
  for (let i = 0; i <= text.length; i++) {
    out.push([line, column]);
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      column = 1;
    } else column++;
  }
  return out;
}

describe('LineMap', () => {
  it.each([
    ['LF', 'a\nbc\n\nd'],
    ['LF at both ends', '\na\n\n'],
    ['CRLF', 'a\r\nbc\r\n\r\nd\r\n'],
    ['lone CR', 'a\rbc\r\rd'],
    ['mixed', 'a\r\n\rb\n\r\r\nc'],
    ['CRLF and a last lone CR', 'a\r\nb\r\nc\r'],
    ['a first lone CR', '\ra\nb'],
    ['more lines than the table first holds', 'x\n'.repeat(100) + 'y\r\n'.repeat(40)],
    ['no line break', 'abc'],
    ['empty', ''],
  ])('gives 1-based lines and columns with %s line breaks', (_, text) => {
    const lines = new LineMap(text);
    const expected = naivePositions(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const { line, column } = lines.position(offset);
      expect([line, column], `offset ${offset}`).toEqual(expected[offset]);
    }
  });

  it.each([
    ['LF', 'ab\n"cd"\nef\n'],
    ['CRLF', 'ab\r\n"cd"\r\nef\r\n'],
    ['lone CR', 'ab\r"cd"\ref\r'],
  ])('moves its %s line table past a change that keeps the line breaks', (_, text) => {
    const before = new LineMap(text);
    before.position(0);
    const at = text.indexOf('c') + 1;
    for (const [insert, remove] of [['XYZ', 0], ['', 1]] as const) {
      const edited = text.slice(0, at) + insert + text.slice(at + remove);
      const moved = before.shifted(edited, at, insert.length - remove);
      const fresh = new LineMap(edited);
      for (let offset = 0; offset <= edited.length; offset++) expect(moved.position(offset)).toEqual(fresh.position(offset));
      expect(moved.lineRange(3)).toEqual(fresh.lineRange(3));
    }
  });

  it('ends a line range before its line break', () => {
    const text = 'first\r\nsecond\nthird';
    const lines = new LineMap(text);
    expect(lines.lineRange(1)).toMatchObject({ start: { offset: 0 }, end: { offset: 5 } });
    expect(lines.lineRange(2)).toMatchObject({ start: { line: 2, column: 1, offset: 7 }, end: { offset: 13 } });
    expect(lines.lineRange(3)).toMatchObject({ start: { offset: 14 }, end: { offset: 19 } });
  });
});
