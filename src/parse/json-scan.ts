/**
 * The fast path for JSON that is valid: what `JSON.parse` cannot tell us is found by one scan of the text, and
 * positions are found only when a finding asks for one, by skipping over the text from the root.
 */

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
  let members = 0;
  let longString = false;
  // Typed tables, nothing for the garbage collector to trace; sized for one container in 128 characters (a
  // pretty-printed swagger has about one in 140), doubled when full.
  let opens: Uint32Array = new Uint32Array(Math.max(64, text.length >> 7));
  let ends: Uint32Array = new Uint32Array(opens.length);
  let count = 0;
  const open = new Uint32Array(maxNesting + 1); // by depth, the index in `opens` of the container still open there
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32) continue; // layout, most of the characters outside strings
    if (c === 34) {
      const end = closingQuote(text, i);
      // The raw length bounds the value's length from above; the tolerant parser measures the rare long ones exactly.
      if (end - i - 1 > maxStringLength) longString = true;
      i = end;
    } else if (c === 58) members++;
    else if (c === 123 || c === 91) {
      if (++depth > maxNesting) return { tooDeep: true, members, longString, containers: { opens, ends, count } };
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
  return { tooDeep: false, members, longString, containers: { opens, ends, count } };
}

function grown(table: Uint32Array): Uint32Array {
  const larger = new Uint32Array(table.length * 2);
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
    for (const item of value) if (typeof item === 'object' && item !== null) count += countMembers(item);
    return count;
  }
  for (const key in value) {
    count++;
    const item = (value as Record<string, unknown>)[key];
    if (typeof item === 'object' && item !== null) count += countMembers(item);
  }
  return count;
}

/** Where a member's key and value lie in the text: [key start, key end, value start, value end]. */
type Member = [number, number, number, number];

/** An object's members as far as lookups have read them, and where reading goes on (-1 once at its end). */
interface MembersRead {
  found: Map<string, Member>;
  next: number;
}

/**
 * Finds spans in valid JSON text, a member or item of a container at a time. An object is read member by member only
 * as far as the key sought, and what was read is kept (by the object's offset), so many lookups in one large object
 * cost one scan of it, not one each, and a lookup of an early key does not scan the rest. The end of every object and
 * array comes from the scan that ran before `JSON.parse`, so a value is passed over without reading it.
 */
export class TextLocator {
  private readonly objects = new Map<number, MembersRead>();
  private readonly arrays = new Map<number, Array<[number, number]>>();

  /** `containers`: every object and array of the text, as `scanJson` found them. */
  constructor(
    private readonly text: string,
    private readonly containers: Containers,
  ) {}

  /** Span of the text's whole value. */
  root(): Span {
    const start = skipSpace(this.text, 0);
    return { offset: start, length: this.valueEnd(start) - start };
  }

  /**
   * Span of the member or item `segment` of the object or array that starts at `start` (of the member's key, for
   * `'key'`); `undefined` when it is not there.
   */
  child(start: number, segment: string, target: 'value' | 'key'): Span | undefined {
    const c = this.text.charCodeAt(start);
    if (c === 123) {
      const member = this.member(start, segment);
      if (!member) return undefined;
      return target === 'key'
        ? { offset: member[0], length: member[1] - member[0] }
        : { offset: member[2], length: member[3] - member[2] };
    }
    if (c !== 91) return undefined;
    const item = this.arrayIndex(start)[itemIndex(segment)];
    return item && { offset: item[0], length: item[1] - item[0] };
  }

  /** The member `name` of the object at `start`, reading on from where the last lookup in it stopped. */
  private member(start: number, name: string): Member | undefined {
    let read = this.objects.get(start);
    if (!read) {
      read = { found: new Map(), next: skipSpace(this.text, start + 1) };
      this.objects.set(start, read);
    }
    // Keys are unique on this path (a duplicate sends the text to the tolerant parser), so a key read is final.
    const known = read.found.get(name);
    if (known || read.next < 0) return known;
    const text = this.text;
    let i = read.next;
    while (text.charCodeAt(i) === 34) {
      const keyEnd = closingQuote(text, i) + 1;
      const raw = text.slice(i + 1, keyEnd - 1);
      const key = raw.includes('\\') ? (JSON.parse(text.slice(i, keyEnd)) as string) : raw;
      const valueStart = skipSpace(text, skipSpace(text, keyEnd) + 1); // past the colon
      const valueEnd = this.valueEnd(valueStart);
      const member: Member = [i, keyEnd, valueStart, valueEnd];
      read.found.set(key, member);
      i = skipSpace(text, valueEnd);
      if (text.charCodeAt(i) !== 44) break; // ',' or the closing '}'
      i = skipSpace(text, i + 1);
      if (key === name) {
        read.next = i;
        return member;
      }
    }
    read.next = -1;
    return read.found.get(name);
  }

  private arrayIndex(start: number): Array<[number, number]> {
    let index = this.arrays.get(start);
    if (index) return index;
    index = [];
    const text = this.text;
    let i = skipSpace(text, start + 1);
    if (text.charCodeAt(i) !== 93) {
      for (;;) {
        const end = this.valueEnd(i);
        index.push([i, end]);
        i = skipSpace(text, end);
        if (text.charCodeAt(i) !== 44) break;
        i = skipSpace(text, i + 1);
      }
    }
    this.arrays.set(start, index);
    return index;
  }

  /** The offset just past the value that starts at `i`. */
  private valueEnd(i: number): number {
    const text = this.text;
    const c = text.charCodeAt(i);
    if (c === 34) return closingQuote(text, i) + 1;
    if (c === 123 || c === 91) return this.containerEnd(i);
    // A number or a literal runs to the next delimiter.
    for (; i < text.length; i++) {
      const d = text.charCodeAt(i);
      if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9) return i;
    }
    return i;
  }

  /** The end of the object or array at `i`, found by halving the scan's table of offsets. */
  private containerEnd(i: number): number {
    const { opens, ends, count } = this.containers;
    let low = 0;
    let high = count - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const offset = opens[mid]!;
      if (offset === i) return ends[mid]!;
      if (offset < i) low = mid + 1;
      else high = mid - 1;
    }
    return this.text.length;
  }
}

/** The array index a pointer segment names, or -1 when it names none (`01`, `-`, `1e2`); most findings ask for one. */
function itemIndex(segment: string): number {
  const length = segment.length;
  if (length === 0 || (length > 1 && segment.charCodeAt(0) === 48)) return -1;
  for (let i = 0; i < length; i++) {
    const c = segment.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
  }
  return Number(segment);
}

function skipSpace(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return i;
    i++;
  }
}
