import { deflateSync } from 'node:zlib';

export type Rgba = [number, number, number, number];

export interface PngOptions {
  width: number;
  height: number;
  pixel: (x: number, y: number) => Rgba;
  /** 0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA (default). */
  colorType?: 0 | 2 | 3 | 4 | 6;
  bitDepth?: 1 | 2 | 4 | 8 | 16;
  interlaced?: boolean;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(Buffer.from(type, 'latin1'), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const adam7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
];

/** Encodes a PNG for tests, cycling through the five row filters so that the reader's unfiltering is exercised. */
export function encodePng({ width, height, pixel, colorType = 6, bitDepth = 8, interlaced = false }: PngOptions): Uint8Array {
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colorType];
  const palette: Rgba[] = [];
  const paletteIndex = (rgba: Rgba) => {
    let index = palette.findIndex((entry) => entry.every((v, i) => v === rgba[i]));
    if (index === -1) index = palette.push(rgba) - 1;
    return index;
  };
  const maxSample = (1 << bitDepth) - 1;
  const samplesOf = (rgba: Rgba): number[] => {
    const scale = (v: number) => (bitDepth === 16 ? v * 257 : Math.round((v * maxSample) / 255));
    if (colorType === 3) return [paletteIndex(rgba)];
    if (colorType === 0) return [scale(rgba[0])];
    if (colorType === 4) return [scale(rgba[0]), scale(rgba[3])];
    if (colorType === 2) return rgba.slice(0, 3).map(scale);
    return rgba.map(scale);
  };
  const passes = interlaced ? adam7 : [[0, 0, 1, 1]];
  const rows: number[] = [];
  let filter = 0;
  for (const [x0, y0, dx, dy] of passes) {
    const w = Math.ceil((width - x0!) / dx!);
    const h = Math.ceil((height - y0!) / dy!);
    if (!w || !h) continue;
    const rowBytes = Math.ceil((w * channels * bitDepth) / 8);
    const bpp = Math.max(1, (channels * bitDepth) >> 3);
    let previous = new Uint8Array(rowBytes);
    for (let y = 0; y < h; y++) {
      const row = new Uint8Array(rowBytes);
      let bit = 0;
      for (let x = 0; x < w; x++) {
        for (const sample of samplesOf(pixel(x0! + x * dx!, y0! + y * dy!))) {
          if (bitDepth === 16) {
            row[bit >> 3] = sample >> 8;
            row[(bit >> 3) + 1] = sample & 255;
          } else if (bitDepth === 8) row[bit >> 3] = sample;
          else row[bit >> 3]! |= sample << (8 - bitDepth - (bit & 7));
          bit += bitDepth;
        }
      }
      rows.push(filter);
      for (let i = 0; i < rowBytes; i++) {
        const a = i >= bpp ? row[i - bpp]! : 0;
        const b = previous[i]!;
        const c = i >= bpp ? previous[i - bpp]! : 0;
        const p = a + b - c;
        const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
        const predictor = [0, a, b, (a + b) >> 1, paeth][filter]!;
        rows.push((row[i]! - predictor) & 255);
      }
      previous = row;
      filter = (filter + 1) % 5;
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([bitDepth, colorType, 0, 0, interlaced ? 1 : 0], 8);
  const parts = [Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header)];
  if (colorType === 3) {
    parts.push(chunk('PLTE', Uint8Array.from(palette.flatMap(([r, g, b]) => [r, g, b]))));
    parts.push(chunk('tRNS', Uint8Array.from(palette.map(([, , , a]) => a))));
  }
  parts.push(chunk('IDAT', deflateSync(Uint8Array.from(rows))), chunk('IEND', new Uint8Array()));
  return Uint8Array.from(parts.flatMap((part) => [...part]));
}

/** A square icon (230x230 by default): a solid background with a white square logo in the middle. */
export function icon(background: Rgba, size = 230): Uint8Array {
  const logo: Rgba = [255, 255, 255, 255];
  const inLogo = (v: number) => Math.abs(v - size / 2) < size / 6;
  return encodePng({ width: size, height: size, pixel: (x, y) => (inLogo(x) && inLogo(y) ? logo : background) });
}
