/**
 * The fast path for JSON that is valid: what `JSON.parse` cannot tell us is found by one scan of the text, and
 * positions are found only when a finding asks for one, by skipping over the text from the root.
 */

import { itemIndex, unescapeSegment } from './pointer.js';

export interface Span {
  offset: number;
  length: number;
}

/** What one scan of the text found, before `JSON.parse` reads it. */
export interface ScanSummary {
  /** Brackets nest deeper than the limit (brackets inside strings do not count). */
  tooDeep: boolean;
  /** Colons outside strings: in valid JSON, one per member of an object. */
  members: number;
  /** Some string (a key or a value) spans more characters in the text than the limit allows for its value. */
  longString: boolean;
  /** Where each object and array starts, ascending, and (at the same index) the offset just past its end. */
  containers: Containers;
  /**
   * Where each line starts (after a line feed, or a carriage return not followed by one), as `LineMap` counts them:
   * complete for text that `JSON.parse` accepts, where no string holds a line break.
   */
  lineStarts: Uint32Array;
}

export interface Containers {
  opens: Uint32Array;
  ends: Uint32Array;
  /** How many of the entries are used. */
  count: number;
}

/**
 * One linear scan that stops early when the nesting is too deep; it does not check the syntax. It records where every
 * object and array starts and ends (a container left open ends at the text's end), so that finding spans later never
 * scans the text again.
 */
export function scanJson(text: string, maxNesting: number, maxStringLength: number): ScanSummary {
  let depth = 0;
  let tooDeep = false;
  let members = 0;
  let longString = false;
  // Typed tables, nothing for the garbage collector to trace; sized for one container in 128 characters (a
  // pretty-printed swagger has about one in 140), doubled when full.
  let opens: Uint32Array = new Uint32Array(Math.max(64, text.length >> 7));
  let ends: Uint32Array = new Uint32Array(opens.length);
  let count = 0;
  const open = new Uint32Array(maxNesting + 1); // by depth, the index in `opens` of the container still open there
  // One line in 32 characters, doubled when full.
  let lines: Uint32Array = new Uint32Array(Math.max(64, text.length >> 5));
  let lineCount = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Layout, most of the characters outside strings. A space, the commonest, takes one comparison: testing every
    // layout character for a line break first made the scan about a third slower than one without line starts.
    if (c === 32) continue;
    if (c <= 32) {
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
        if (lineCount === lines.length) lines = grown(lines);
        lines[lineCount++] = i + 1;
      }
      continue;
    }
    if (c === 34) {
      const end = closingQuote(text, i);
      // The raw length bounds the value's length from above; the tolerant parser measures the rare long ones exactly.
      if (end - i - 1 > maxStringLength) longString = true;
      i = end;
    } else if (c === 58) members++;
    else if (c === 123 || c === 91) {
      if (++depth > maxNesting) {
        tooDeep = true;
        break;
      }
      if (count === opens.length) {
        opens = grown(opens);
        ends = grown(ends);
      }
      open[depth] = count;
      opens[count] = i;
      ends[count++] = text.length;
    } else if (c === 125 || c === 93) {
      // A stray closing bracket (in text JSON.parse will refuse) closes nothing.
      if (depth > 0) ends[open[depth]!] = i + 1;
      depth--;
    }
  }
  return { tooDeep, members, longString, containers: { opens, ends, count }, lineStarts: lines.subarray(0, lineCount) };
}

function grown(table: Uint32Array): Uint32Array {
  const larger = new Uint32Array(Math.max(1024, table.length * 2));
  larger.set(table);
  return larger;
}

/** Offset of the quote that closes the string opened at `open`, or the text's length when none does. */
function closingQuote(text: string, open: number): number {
  // indexOf runs natively, several times faster than a loop over the characters of long strings.
  for (let end = text.indexOf('"', open + 1); end !== -1; end = text.indexOf('"', end + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return end;
  }
  return text.length;
}

/** Own keys of every object in a `JSON.parse` result: fewer than the members in the text means a duplicate key. */
export function countMembers(value: object): number {
  let count = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null) count += countMembers(item);
    }
    return count;
  }
  for (const key in value) {
    count++;
    const item = (value as Record<string, unknown>)[key];
    if (typeof item === 'object' && item !== null) count += countMembers(item);
  }
  return count;
}

const noTable = new Uint32Array(0);

/** Objects with more members than this get a key map when searched through their table; smaller ones are compared in place. */
const inPlaceMembers = 16;

/**
 * Finds spans in valid JSON text, a member or item of a container at a time. The first lookup in an object reads its
 * members up to the key it wants; a later one, and any in an array, reads where each of its members or items starts
 * into one shared typed table, which later lookups read: the kept state is a few numbers per container, nothing for
 * the garbage collector to trace. Keys are compared where they lie in the text, except in large objects and for keys
 * written with an escape, which a map of the object's keys finds. The end of every object and array comes from the
 * scan that ran before `JSON.parse`, so a value is passed over without reading it.
 */
export class TextLocator {
  /**
   * By container, as the scan numbered them: 0 before its first lookup, -1 after a lookup that kept nothing, else one
   * more than where its entry starts in `table` (the member (key) or item starts, after their count).
   */
  private entries?: Int32Array;
  /** Made on the first read of a whole container: most files are validated without one, or never located at all. */
  private table: Uint32Array = noTable;
  private used = 0;
  /** Members by key name, for objects too large to compare in place and for names not found as written. */
  private readonly keyMaps = new Map<number, Map<string, number>>();
  /** The last pointer walked down: its segments (as written), where the value up to each starts, and how many. */
  private readonly segments: string[] = [];
  private readonly starts: number[] = [];
  private depth = 0;

  /** `containers`: every object and array of the text, as `scanJson` found them. */
  constructor(
    private readonly text: string,
    private readonly containers: Containers,
  ) {}

  /** Span of the value (or, for `'key'`, the key) at `pointer`; `undefined` when it is not there. */
  locate(pointer: string, target: 'value' | 'key'): Span | undefined {
    const text = this.text;
    let start = skipSpace(text, 0);
    if (pointer !== '') {
      if (pointer.charCodeAt(0) !== 47) return undefined;
      const slash = pointer.lastIndexOf('/');
      const parent = this.valueStart(pointer, slash);
      start = this.childAt(parent, pointer.slice(slash + 1)); // -1 when the parent is not there
      if (start < 0) return undefined;
      if (text.charCodeAt(parent) === 123) {
        const keyEnd = closingQuote(text, start) + 1;
        if (target === 'key') return { offset: start, length: keyEnd - start };
        start = afterColon(text, keyEnd);
      }
    }
    return { offset: start, length: this.valueEnd(start) - start };
  }

  /**
   * Offset where the value at the first `length` characters of `pointer` (a valid JSON pointer with a slash at
   * `length`: the parent of the value located) starts, or -1 when it is not there. Findings come in the order of the
   * walk, so a pointer mostly shares a long start with the one before: the walk down resumes from the deepest value
   * they share, found by comparing the last pointer's segments in place (built-in string calls, no substrings: this
   * runs cold in a one-shot CLI, where loops over characters are slow).
   */
  private valueStart(pointer: string, length: number): number {
    const segments = this.segments;
    const starts = this.starts;
    let level = 0;
    let from = 1;
    for (; level < this.depth; level++) {
      const segment = segments[level]!;
      const end = from + segment.length;
      if (end > length || pointer.charCodeAt(end) !== 47 || !pointer.startsWith(segment, from)) break;
      from = end + 1;
    }
    const text = this.text;
    let offset = level ? starts[level - 1]! : skipSpace(text, 0);
    for (; from <= length && offset >= 0; level++) {
      const to = pointer.indexOf('/', from);
      const segment = pointer.slice(from, to);
      const child = this.childAt(offset, segment);
      offset = child < 0 || text.charCodeAt(offset) !== 123 ? child : afterColon(text, closingQuote(text, child) + 1);
      segments[level] = segment;
      starts[level] = offset;
      from = to + 1;
    }
    this.depth = level;
    return offset;
  }

  /**
   * Where the child named by the pointer segment `segment` of the container at `start` starts: an item, or a member's
   * key; -1 when there is none.
   */
  private childAt(start: number, segment: string): number {
    const container = this.containerIndex(start);
    if (container < 0) return -1; // not an object or array
    const c = this.text.charCodeAt(start);
    const name = unescapeSegment(segment);
    // A key written as the name is, is the name; one written with an escape is found in the object's key map.
    const plain = !name.includes('"') && !name.includes('\\');
    const entries = (this.entries ??= new Int32Array(this.containers.count));
    let entry = entries[container]! - 1;
    if (entry === -1 && c === 123 && plain) {
      // Most objects are searched once: the first search reads up to the key it wants, keeping nothing.
      entries[container] = -1;
      const key = this.seekKey(start, name);
      if (key >= 0) return key;
    }
    if (entry < 0) entries[container] = (entry = this.entryOf(start)) + 1;
    const count = this.table[entry]!;
    if (c === 91) {
      const index = itemIndex(name);
      return index < 0 || index >= count ? -1 : this.table[entry + 1 + index]!;
    }
    const keys = this.keyMaps.get(start);
    if (!keys && plain && count <= inPlaceMembers) {
      for (let i = entry + 1; i <= entry + count; i++) if (this.isKey(this.table[i]!, name)) return this.table[i]!;
    }
    const index = (keys ?? this.keyMap(start, entry)).get(name);
    return index === undefined ? -1 : this.table[entry + 1 + index]!;
  }

  /**
   * Where the key `name` (without a quote or backslash) of the object at `start` is written as it is, read from the
   * text; -1 when no key is (one written with an escape may still be: the caller reads the whole object then).
   */
  private seekKey(start: number, name: string): number {
    const text = this.text;
    for (let i = skipSpace(text, start + 1); text.charCodeAt(i) === 34; i = this.next(i, true)) if (this.isKey(i, name)) return i;
    return -1;
  }

  /** Whether the key at `i` is `name` (without a quote or backslash) written without escapes. */
  private isKey(i: number, name: string): boolean {
    const text = this.text;
    return text.charCodeAt(i + 1 + name.length) === 34 && text.startsWith(name, i + 1);
  }

  /** Where the member (`object`) or item after the one at `i` starts, or -1 after the last. */
  private next(i: number, object: boolean): number {
    const text = this.text;
    i = skipSpace(text, this.valueEnd(object ? afterColon(text, closingQuote(text, i) + 1) : i));
    // After a comma, the next key is the next quote, found natively past the indentation.
    return text.charCodeAt(i) !== 44 ? -1 : object ? text.indexOf('"', i + 1) : skipSpace(text, i + 1);
  }

  private keyMap(start: number, entry: number): Map<string, number> {
    const keys = new Map<string, number>();
    const text = this.text;
    for (let index = 0; index < this.table[entry]!; index++) {
      const key = this.table[entry + 1 + index]!;
      const end = closingQuote(text, key);
      // Most keys hold no escape: their name is the text between the quotes, with no JSON.parse to run.
      const raw = text.slice(key + 1, end);
      keys.set(raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw, index);
    }
    this.keyMaps.set(start, keys);
    return keys;
  }

  /** The entry of the container at `start` in `table`, read from the text. */
  private entryOf(start: number): number {
    const entry = this.used;
    const text = this.text;
    const object = text.charCodeAt(start) === 123;
    let count = 0;
    let i = skipSpace(text, start + 1);
    for (i = text.charCodeAt(i) === (object ? 125 : 93) ? -1 : i; ; i = this.next(i, object)) {
      // Room for this member and for the count, before the first.
      if (entry + 1 + count >= this.table.length) this.table = grown(this.table);
      if (i < 0) break;
      this.table[entry + 1 + count++] = i;
    }
    this.table[entry] = count;
    this.used = entry + 1 + count;
    return entry;
  }

  /** The offset just past the value that starts at `i`. */
  private valueEnd(i: number): number {
    const text = this.text;
    const c = text.charCodeAt(i);
    if (c === 34) return closingQuote(text, i) + 1;
    if (c === 123 || c === 91) return this.containers.ends[this.containerIndex(i)] ?? text.length;
    // A number or a literal runs to the next delimiter.
    for (; i < text.length; i++) {
      const d = text.charCodeAt(i);
      if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9) return i;
    }
    return i;
  }

  /** The number of the object or array at `i` in the scan's tables, found by halving them; -1 when none starts there. */
  private containerIndex(i: number): number {
    const opens = this.containers.opens;
    let low = 0;
    let high = this.containers.count - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const offset = opens[mid]!;
      if (offset === i) return mid;
      if (offset < i) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }
}

/** Where the value of a member starts, from the end of its key: past the colon and the space around it. */
function afterColon(text: string, keyEnd: number): number {
  return skipSpace(text, skipSpace(text, keyEnd) + 1);
}

function skipSpace(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return i;
    i++;
  }
}
