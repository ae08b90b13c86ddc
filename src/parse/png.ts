/** A small PNG reader (header and pixels) for the icon rules: no Node API, synchronous, bounded. */
import { Unzlib } from 'fflate';

export class PngError extends Error {
  override name = 'PngError';
}

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlaced: boolean;
}

export interface PngImage {
  width: number;
  height: number;
  /** 8-bit RGBA, row by row. */
  rgba: Uint8Array;
}

const signature = [137, 80, 78, 71, 13, 10, 26, 10];

/** Samples per pixel by colour type: grey, -, RGB, palette, grey+alpha, -, RGBA. */
const channelsOf: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const bitDepthsOf: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };

/** Adam7 passes: x start, y start, x step, y step. */
const adam7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

export function isPng(bytes: Uint8Array): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function uint32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}

interface Chunk {
  type: string;
  data: Uint8Array;
}

/** The chunks of a PNG file, up to IEND; CRCs are not checked. */
function chunks(bytes: Uint8Array): Chunk[] {
  if (!isPng(bytes)) throw new PngError('not a PNG file');
  const found: Chunk[] = [];
  let at = 8;
  while (at + 8 <= bytes.length) {
    const length = uint32(bytes, at);
    const type = String.fromCharCode(bytes[at + 4]!, bytes[at + 5]!, bytes[at + 6]!, bytes[at + 7]!);
    if (at + 12 + length > bytes.length) throw new PngError(`chunk ${type} is cut short`);
    found.push({ type, data: bytes.subarray(at + 8, at + 8 + length) });
    if (type === 'IEND') return found;
    at += 12 + length;
  }
  throw new PngError('no IEND chunk; the file is cut short');
}

/** Width, height and pixel format from the IHDR chunk; throws `PngError` when the header is invalid. */
export function readPngHeader(bytes: Uint8Array): PngHeader {
  if (!isPng(bytes)) throw new PngError('not a PNG file');
  if (bytes.length < 33 || String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') throw new PngError('no IHDR chunk');
  const header: PngHeader = {
    width: uint32(bytes, 16),
    height: uint32(bytes, 20),
    bitDepth: bytes[24]!,
    colorType: bytes[25]!,
    interlaced: bytes[28] === 1,
  };
  if (!header.width || !header.height) throw new PngError('zero width or height');
  if (!bitDepthsOf[header.colorType]?.includes(header.bitDepth)) throw new PngError('unsupported colour type or bit depth');
  return header;
}

/** Decodes a PNG to 8-bit RGBA; throws `PngError` on corrupt files and on images over `maxPixels`. */
export function decodePng(bytes: Uint8Array, maxPixels: number): PngImage {
  const header = readPngHeader(bytes);
  const { width, height, bitDepth, colorType } = header;
  if (width * height > maxPixels) throw new PngError('image too large to check');
  const all = chunks(bytes);
  const palette = all.find((chunk) => chunk.type === 'PLTE')?.data;
  const transparency = all.find((chunk) => chunk.type === 'tRNS')?.data;
  if (colorType === 3 && !palette) throw new PngError('palette image without a PLTE chunk');
  const idat = concat(all.filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.data));
  const channels = channelsOf[colorType]!;
  const bitsPerPixel = channels * bitDepth;
  const passes = header.interlaced ? adam7 : ([[0, 0, 1, 1]] as const);
  const sizes = passes.map(([x0, y0, dx, dy]) => ({ w: Math.ceil((width - x0) / dx), h: Math.ceil((height - y0) / dy) }));
  const expected = sizes.reduce((sum, { w, h }) => sum + (w && h ? h * (1 + Math.ceil((w * bitsPerPixel) / 8)) : 0), 0);
  let raw: Uint8Array;
  try {
    raw = inflateAtMost(idat, expected);
  } catch (error) {
    if (error instanceof PngError) throw error;
    throw new PngError(`image data cannot be decompressed (${(error as Error).message})`);
  }
  if (raw.length < expected) throw new PngError('image data is cut short');
  const rgba = new Uint8Array(width * height * 4);
  const pixel = pixelReader(colorType, bitDepth, palette, transparency);
  let offset = 0;
  passes.forEach(([x0, y0, dx, dy], pass) => {
    const { w, h } = sizes[pass]!;
    if (!w || !h) return;
    const rowBytes = Math.ceil((w * bitsPerPixel) / 8);
    const step = Math.max(1, bitsPerPixel >> 3);
    let previous: Uint8Array = new Uint8Array(rowBytes);
    for (let y = 0; y < h; y++) {
      const row = unfilter(raw[offset]!, raw.subarray(offset + 1, offset + 1 + rowBytes), previous, step);
      offset += 1 + rowBytes;
      for (let x = 0; x < w; x++) pixel(row, x, rgba, ((y0 + y * dy) * width + x0 + x * dx) * 4);
      previous = row;
    }
  });
  return { width, height, rgba };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Undoes one scanline's filter (PNG spec, section 9) into a new array. */
function unfilter(type: number, line: Uint8Array, previous: Uint8Array, step: number): Uint8Array {
  const row = new Uint8Array(line.length);
  for (let i = 0; i < line.length; i++) {
    const left = i >= step ? row[i - step]! : 0;
    const up = previous[i]!;
    const upLeft = i >= step ? previous[i - step]! : 0;
    let predictor: number;
    if (type === 0) predictor = 0;
    else if (type === 1) predictor = left;
    else if (type === 2) predictor = up;
    else if (type === 3) predictor = (left + up) >> 1;
    else if (type === 4) predictor = paeth(left, up, upLeft);
    else throw new PngError(`unknown filter type ${type}`);
    row[i] = (line[i]! + predictor) & 0xff;
  }
  return row;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

type PixelReader = (row: Uint8Array, x: number, out: Uint8Array, at: number) => void;

/** Writes pixel `x` of an unfiltered row as 8-bit RGBA. */
function pixelReader(colorType: number, bitDepth: number, palette?: Uint8Array, transparency?: Uint8Array): PixelReader {
  const channels = channelsOf[colorType]!;
  const max = (1 << bitDepth) - 1;
  // Sample `index` of pixel `x`, at full precision.
  const sample = (row: Uint8Array, x: number, index: number): number => {
    if (bitDepth === 8) return row[x * channels + index]!;
    if (bitDepth === 16) return (row[(x * channels + index) * 2]! << 8) | row[(x * channels + index) * 2 + 1]!;
    const bit = x * bitDepth;
    return (row[bit >> 3]! >> (8 - bitDepth - (bit & 7))) & max;
  };
  const to8 = (value: number) => (bitDepth === 16 ? value >> 8 : Math.round((value * 255) / max));
  const keyed = (value: number, at: number) => transparency !== undefined && transparency.length >= at + 2 && ((transparency[at]! << 8) | transparency[at + 1]!) === value;
  return (row, x, out, at) => {
    if (colorType === 3) {
      const index = sample(row, x, 0);
      out[at] = palette![index * 3] ?? 0;
      out[at + 1] = palette![index * 3 + 1] ?? 0;
      out[at + 2] = palette![index * 3 + 2] ?? 0;
      out[at + 3] = transparency?.[index] ?? 255;
    } else if (colorType === 0 || colorType === 4) {
      const grey = sample(row, x, 0);
      out[at] = out[at + 1] = out[at + 2] = to8(grey);
      out[at + 3] = colorType === 4 ? to8(sample(row, x, 1)) : keyed(grey, 0) ? 0 : 255;
    } else {
      const [r, g, b] = [sample(row, x, 0), sample(row, x, 1), sample(row, x, 2)];
      out[at] = to8(r);
      out[at + 1] = to8(g);
      out[at + 2] = to8(b);
      out[at + 3] = colorType === 6 ? to8(sample(row, x, 3)) : keyed(r, 0) && keyed(g, 2) && keyed(b, 4) ? 0 : 255;
    }
  };
}

/** Input fed to the decompressor per step: one step yields at most about 1 MB, so a bomb stops within a step. */
const inflateStep = 1024;

/**
 * The zlib stream decompressed, refusing output past `limit` bytes. fflate's `unzlibSync` with a fixed output buffer
 * drops the excess but still expands all of it (a 0.5 MB bomb took 4.4 s), so the stream is fed in small steps.
 */
function inflateAtMost(data: Uint8Array, limit: number): Uint8Array {
  const parts: Uint8Array[] = [];
  let size = 0;
  const inflater = new Unzlib((part) => {
    size += part.length;
    if (size <= limit) parts.push(part);
  });
  for (let at = 0; at < data.length && size <= limit; at += inflateStep) {
    inflater.push(data.subarray(at, at + inflateStep), at + inflateStep >= data.length);
  }
  if (size > limit) throw new PngError('image data is larger than its header says');
  return parts.length === 1 ? parts[0]! : concat(parts);
}
