/** 1-based line and column, 0-based UTF-16 offset into the file's text. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Maps UTF-16 offsets of a text to 1-based line and column, building the line table on first use. */
export class LineMap {
  /** `starts`: where each line starts, when already known (a table moved past an edit). */
  constructor(
    private readonly text: string,
    private starts?: ArrayLike<number>,
  ) {}

  position(offset: number): Position {
    const starts = this.lineStarts();
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - starts[low]! + 1, offset: clamped };
  }

  range(offset: number, length: number): Range {
    return { start: this.position(offset), end: this.position(offset + length) };
  }

  /** Range of a whole 1-based line, without its line break. */
  lineRange(line: number): Range {
    const starts = this.lineStarts();
    const start = starts[Math.max(0, Math.min(line - 1, starts.length - 1))]!;
    let end = this.text.indexOf('\n', start);
    if (end === -1) end = this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end -= 1;
    return this.range(start, end - start);
  }

  /**
   * The map of `text`, which is this text with a change at `at` that moves every later offset by `delta` and adds or
   * removes no line break: the line table, when built, is copied with the later starts moved instead of read again.
   */
  shifted(text: string, at: number, delta: number): LineMap {
    const starts = this.starts && new Uint32Array(this.starts); // copied natively
    if (starts) for (let line = starts.length; starts[--line]! > at; ) starts[line] = starts[line]! + delta;
    return new LineMap(text, starts);
  }

  private lineStarts(): ArrayLike<number> {
    return (this.starts ??= lineStartsOf(this.text));
  }
}

/**
 * Where each line starts: after a line feed, or after a carriage return that no line feed follows. The breaks are found
 * natively with `indexOf`, a line at a time (a loop over every character took twice as long, warm, and far longer
 * before V8 optimises it); a text without carriage returns costs one search for them.
 */
function lineStartsOf(text: string): Uint32Array {
  let starts: Uint32Array = new Uint32Array(Math.max(64, text.length >> 5));
  let count = 1;
  let cr = text.indexOf('\r');
  let lf = text.indexOf('\n');
  for (;;) {
    let end = lf;
    // A carriage return ends a line of its own unless a line feed follows it, which ends the line instead.
    if (cr !== -1 && (cr < lf - 1 || lf === -1)) end = cr;
    else if (lf === -1) return starts.subarray(0, count);
    else lf = text.indexOf('\n', lf + 1);
    if (cr !== -1 && cr <= end) cr = text.indexOf('\r', end + 1);
    if (count === starts.length) starts = grown(starts);
    starts[count++] = end + 1;
  }
}

/** A copy of `table` with twice the room. */
export function grown(table: Uint32Array): Uint32Array {
  const larger = new Uint32Array(table.length * 2);
  larger.set(table);
  return larger;
}

/** The 1-based line of `offset` in `text`, counting line feeds, for one-off lookups that need no line table. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
