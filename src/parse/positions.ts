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
  /** `starts`: where each line starts, when already known (the JSON scan records them). */
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
    if (this.starts) return this.starts;
    // JSON files read on the fast path come with their line starts; the rest are readmes, scripts and broken JSON.
    const text = this.text;
    const starts = [0];
    if (text.includes('\r')) {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
      }
    } else {
      // Line feeds only (nearly every file): found natively, where a loop over every character runs in V8's interpreter
      // the first time (1 to 2 ms of a first validation, for a long readme).
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    this.starts = starts;
    return starts;
  }
}

/** The 1-based line of `offset` in `text`, counting line feeds, for one-off lookups that need no line table. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
