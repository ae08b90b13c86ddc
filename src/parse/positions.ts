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
  private starts: ArrayLike<number> | undefined;

  constructor(private readonly text: string) {}

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

  private lineStarts(): ArrayLike<number> {
    if (this.starts) return this.starts;
    const text = this.text;
    // Most files have no '\r' at all, which indexOf tells natively; the regular expression looks for a lone one.
    if (text.indexOf('\r') === -1 || !/\r(?!\n)/.test(text)) {
      // Every line ends at a '\n', which indexOf finds natively, several times faster than reading each character.
      // Counted first, so that the table is one typed array of the right size: no copies as it grows, and nothing
      // for the garbage collector to move while the file is kept.
      let count = 1;
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
      const starts = new Uint32Array(count);
      let line = 1;
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1;
      this.starts = starts;
      return starts;
    }
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
    this.starts = starts;
    return starts;
  }
}
