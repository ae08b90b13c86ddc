import { deflateRawSync, deflateSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflateRaw, inflateZlib, InflateError } from '../../../src/rules/shared/inflate.js';

/** Deterministic data with repeats, so that every compressor setting produces matches and literals. */
function sample(size: number, seed: number): Uint8Array {
  const out = new Uint8Array(size);
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) >>> 0) >>> 16;
  for (let i = 0; i < size; i++) out[i] = i > 8 && next() % 2 ? out[i - 1 - (next() % 8)]! : next() % 64;
  return out;
}

describe('inflate', () => {
  const strategies = { default: constants.Z_DEFAULT_STRATEGY, fixed: constants.Z_FIXED, huffman: constants.Z_HUFFMAN_ONLY, rle: constants.Z_RLE };
  for (const [name, strategy] of Object.entries(strategies)) {
    for (const level of [0, 1, 6, 9]) {
      it(`decodes zlib data (${name}, level ${level})`, () => {
        const data = sample(70_000, level + 1);
        expect(inflateZlib(deflateSync(data, { level, strategy }), data.length)).toEqual(data);
      });
    }
  }

  it('decodes raw and empty data', () => {
    const data = sample(1000, 7);
    expect(inflateRaw(deflateRawSync(data), data.length)).toEqual(data);
    expect(inflateRaw(deflateRawSync(new Uint8Array()), 10)).toEqual(new Uint8Array());
  });

  it('refuses truncated, corrupt and oversized data', () => {
    const data = sample(10_000, 3);
    const compressed = deflateSync(data);
    expect(() => inflateZlib(compressed.subarray(0, compressed.length - 200), data.length)).toThrow(InflateError);
    expect(() => inflateZlib(Uint8Array.from([0x78, 0x9c, 0xff, 0xff, 0xff]), 100)).toThrow(InflateError);
    expect(() => inflateZlib(compressed, 100)).toThrow(InflateError);
    expect(() => inflateZlib(Uint8Array.from([1, 2, 3]), 100)).toThrow(InflateError);
  });
});
