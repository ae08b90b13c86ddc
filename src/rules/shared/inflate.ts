/**
 * A small synchronous DEFLATE decoder (RFC 1951) with the zlib wrapper (RFC 1950), for reading PNG pixels without
 * any Node API; `DecompressionStream` would do it but is asynchronous, and validation is synchronous. Table-driven
 * Huffman decoding; the output size is capped so that a small file cannot expand into gigabytes.
 */

export class InflateError extends Error {
  override name = 'InflateError';
}

/** Base lengths and extra bits of length codes 257..285, then of distance codes 0..29. */
const lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const distanceBase = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385,
  24577,
];
const distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
/** The order code length code lengths are sent in. */
const codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** A decoding table indexed by the next `bits` input bits: entry = symbol << 4 | code length (0 = no such code). */
interface HuffmanTable {
  bits: number;
  entries: Int32Array;
}

function buildTable(lengths: ArrayLike<number>): HuffmanTable {
  const count = new Array<number>(16).fill(0);
  for (let i = 0; i < lengths.length; i++) count[lengths[i]!]!++;
  count[0] = 0;
  let bits = 0;
  let left = 1;
  for (let len = 1; len < 16; len++) {
    if (count[len]) bits = len;
    left = left * 2 - count[len]!;
    if (left < 0) throw new InflateError('over-subscribed Huffman code');
  }
  bits = Math.max(bits, 1);
  // The first canonical code of each length (RFC 1951, 3.2.2).
  const next = new Array<number>(16).fill(0);
  let code = 0;
  for (let len = 1; len < 16; len++) {
    code = (code + count[len - 1]!) << 1;
    next[len] = code;
  }
  const entries = new Int32Array(1 << bits);
  for (let symbol = 0; symbol < lengths.length; symbol++) {
    const len = lengths[symbol]!;
    if (!len) continue;
    const symbolCode = next[len]!++;
    // DEFLATE sends Huffman codes most significant bit first, so the table is indexed by the reversed code.
    let reversed = 0;
    for (let i = 0; i < len; i++) reversed |= ((symbolCode >> i) & 1) << (len - 1 - i);
    for (let i = reversed; i < entries.length; i += 1 << len) entries[i] = (symbol << 4) | len;
  }
  return { bits, entries };
}

let fixedTables: { literals: HuffmanTable; distances: HuffmanTable } | undefined;

function fixed() {
  if (!fixedTables) {
    const literals = new Array<number>(288);
    for (let i = 0; i < 288; i++) literals[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
    fixedTables = { literals: buildTable(literals), distances: buildTable(new Array<number>(30).fill(5)) };
  }
  return fixedTables;
}

class Inflater {
  private pos = 0;
  private bitBuffer = 0;
  private bitCount = 0;
  private out: Uint8Array;
  private length = 0;
  /** Table entries built so far: bounded, so that a file of many tiny blocks cannot keep the decoder busy. */
  private tableWork = 0;

  constructor(
    private readonly data: Uint8Array,
    private readonly maxOutput: number,
  ) {
    this.out = new Uint8Array(Math.min(maxOutput, Math.max(1024, data.length * 4)));
  }

  run(): Uint8Array {
    let last = 0;
    while (!last) {
      last = this.bits(1);
      const type = this.bits(2);
      if (type === 0) this.stored();
      else if (type === 1) this.codes(fixed().literals, fixed().distances);
      else if (type === 2) this.dynamic();
      else throw new InflateError('invalid block type');
    }
    return this.out.subarray(0, this.length);
  }

  /** Reads `count` (at most 16) bits, least significant first; past the end reads zeros, then fails. */
  private bits(count: number): number {
    while (this.bitCount < count) {
      this.bitBuffer |= (this.data[this.pos] ?? 0) << this.bitCount;
      this.pos++;
      this.bitCount += 8;
    }
    const value = this.bitBuffer & ((1 << count) - 1);
    this.bitBuffer >>>= count;
    this.bitCount -= count;
    this.checkEnd();
    return value;
  }

  private checkEnd(): void {
    if (this.pos > this.data.length && (this.pos - this.data.length) * 8 > this.bitCount) throw new InflateError('unexpected end of data');
  }

  private decode(table: HuffmanTable): number {
    while (this.bitCount < table.bits) {
      this.bitBuffer |= (this.data[this.pos] ?? 0) << this.bitCount;
      this.pos++;
      this.bitCount += 8;
    }
    const entry = table.entries[this.bitBuffer & ((1 << table.bits) - 1)]!;
    const len = entry & 15;
    if (!len) throw new InflateError('invalid Huffman code');
    this.bitBuffer >>>= len;
    this.bitCount -= len;
    this.checkEnd();
    return entry >> 4;
  }

  private push(byte: number): void {
    if (this.length === this.out.length) {
      if (this.length >= this.maxOutput) throw new InflateError('output larger than expected');
      const grown = new Uint8Array(Math.min(this.maxOutput, this.out.length * 2));
      grown.set(this.out);
      this.out = grown;
    }
    this.out[this.length++] = byte;
  }

  private stored(): void {
    // Stored blocks start on a byte boundary; whole bytes still in the bit buffer are the LEN field.
    this.bitBuffer = 0;
    this.pos -= this.bitCount >> 3;
    this.bitCount = 0;
    const { data } = this;
    if (this.pos + 4 > data.length) throw new InflateError('unexpected end of data');
    const len = data[this.pos]! | (data[this.pos + 1]! << 8);
    const check = data[this.pos + 2]! | (data[this.pos + 3]! << 8);
    if (len !== (~check & 0xffff)) throw new InflateError('stored block length mismatch');
    this.pos += 4;
    if (this.pos + len > data.length) throw new InflateError('unexpected end of data');
    for (let i = 0; i < len; i++) this.push(data[this.pos + i]!);
    this.pos += len;
  }

  private dynamic(): void {
    const literalCount = this.bits(5) + 257;
    const distanceCount = this.bits(5) + 1;
    const codeLengthCount = this.bits(4) + 4;
    if (literalCount > 286 || distanceCount > 30) throw new InflateError('too many length or distance codes');
    const codeLengths = new Array<number>(19).fill(0);
    for (let i = 0; i < codeLengthCount; i++) codeLengths[codeLengthOrder[i]!] = this.bits(3);
    const lengthTable = this.table(codeLengths);
    const lengths: number[] = [];
    while (lengths.length < literalCount + distanceCount) {
      const symbol = this.decode(lengthTable);
      if (symbol < 16) {
        lengths.push(symbol);
        continue;
      }
      let repeat: number;
      let value = 0;
      if (symbol === 16) {
        if (!lengths.length) throw new InflateError('repeat with no previous length');
        value = lengths[lengths.length - 1]!;
        repeat = 3 + this.bits(2);
      } else repeat = symbol === 17 ? 3 + this.bits(3) : 11 + this.bits(7);
      if (lengths.length + repeat > literalCount + distanceCount) throw new InflateError('too many code lengths');
      for (let i = 0; i < repeat; i++) lengths.push(value);
    }
    if (!lengths[256]) throw new InflateError('no end-of-block code');
    this.codes(this.table(lengths.slice(0, literalCount)), this.table(lengths.slice(literalCount)));
  }

  private table(lengths: ArrayLike<number>): HuffmanTable {
    const table = buildTable(lengths);
    this.tableWork += table.entries.length;
    if (this.tableWork > (1 << 24) + this.data.length * 256) throw new InflateError('too many Huffman tables for the data size');
    return table;
  }

  private codes(literals: HuffmanTable, distances: HuffmanTable): void {
    for (;;) {
      const symbol = this.decode(literals);
      if (symbol < 256) {
        this.push(symbol);
        continue;
      }
      if (symbol === 256) return;
      const lengthCode = symbol - 257;
      if (lengthCode >= 29) throw new InflateError('invalid length code');
      const length = lengthBase[lengthCode]! + this.bits(lengthExtra[lengthCode]!);
      const distanceCode = this.decode(distances);
      if (distanceCode >= 30) throw new InflateError('invalid distance code');
      const distance = distanceBase[distanceCode]! + this.bits(distanceExtra[distanceCode]!);
      if (distance > this.length) throw new InflateError('distance too far back');
      for (let i = 0; i < length; i++) this.push(this.out[this.length - distance]!);
    }
  }
}

/** Decodes raw DEFLATE data; throws `InflateError` on corrupt input or when the output would exceed `maxOutput` bytes. */
export function inflateRaw(data: Uint8Array, maxOutput: number): Uint8Array {
  return new Inflater(data, maxOutput).run();
}

/** Decodes zlib-wrapped DEFLATE data (as in PNG `IDAT`), checking the header but not the Adler-32 checksum. */
export function inflateZlib(data: Uint8Array, maxOutput: number): Uint8Array {
  if (data.length < 2 || (data[0]! & 0x0f) !== 8 || ((data[0]! << 8) | data[1]!) % 31 !== 0) throw new InflateError('not zlib data');
  if (data[1]! & 0x20) throw new InflateError('preset dictionaries are not supported');
  return inflateRaw(data.subarray(2), maxOutput);
}
