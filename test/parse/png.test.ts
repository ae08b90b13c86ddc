import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePng, isPng, PngError, readPngHeader } from '../../src/parse/png.js';
import { encodePng, type Rgba } from '../rules/artifact/png-fixture.js';

const pattern = (x: number, y: number): Rgba => [(x * 37) & 255, (y * 53) & 255, ((x + y) * 11) & 255, x % 3 === 0 ? 128 : 255];

describe('PNG reader', () => {
  const formats = [
    { colorType: 6, bitDepth: 8 },
    { colorType: 6, bitDepth: 16 },
    { colorType: 2, bitDepth: 8 },
    { colorType: 4, bitDepth: 8 },
    { colorType: 0, bitDepth: 8 },
    { colorType: 0, bitDepth: 1 },
    { colorType: 0, bitDepth: 4 },
    { colorType: 3, bitDepth: 8 },
    { colorType: 3, bitDepth: 2 },
  ] as const;
  for (const format of formats) {
    for (const interlaced of [false, true]) {
      it(`decodes colour type ${format.colorType}, ${format.bitDepth} bits${interlaced ? ', interlaced' : ''}`, () => {
        const width = 13;
        const height = 11;
        // Palette images at 2 bits hold four colours; grey images hold the red channel only.
        const colours = (x: number, y: number): Rgba => {
          const [r, g, b, a] = pattern(x, y);
          if (format.colorType === 3 && format.bitDepth === 2) return [[0, 0, 0, 255], [255, 0, 0, 255], [0, 0, 255, 0], [9, 9, 9, 255]][(x + y) % 4] as Rgba;
          if (format.colorType === 0) return format.bitDepth === 8 ? [r, r, r, 255] : (x + y) % 2 ? [255, 255, 255, 255] : [0, 0, 0, 255];
          if (format.colorType === 4) return [r, r, r, a];
          if (format.colorType === 2) return [r, g, b, 255];
          return [r, g, b, a];
        };
        const bytes = encodePng({ width, height, pixel: colours, ...format, interlaced });
        expect(readPngHeader(bytes)).toEqual({ width, height, ...format, interlaced });
        const image = decodePng(bytes, 1000);
        for (let y = 0; y < height; y++) {
          for (let x = 0; x < width; x++) expect([...image.rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 4)]).toEqual(colours(x, y));
        }
      });
    }
  }

  it('recognises the signature', () => {
    expect(isPng(encodePng({ width: 1, height: 1, pixel: () => [0, 0, 0, 255] }))).toBe(true);
    expect(isPng(new Uint8Array([0xff, 0xd8, 0xff]))).toBe(false);
  });

  it('refuses cut, corrupt and oversized images without throwing anything else', () => {
    const bytes = encodePng({ width: 20, height: 20, pixel: pattern });
    expect(() => decodePng(bytes.subarray(0, bytes.length - 30), 1000)).toThrow(PngError);
    const corrupt = Uint8Array.from(bytes);
    corrupt.fill(0xff, 45, 60);
    expect(() => decodePng(corrupt, 1000)).toThrow(PngError);
    expect(() => decodePng(bytes, 100)).toThrow(PngError);
    expect(() => readPngHeader(new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]))).toThrow(PngError);
  });

  it('refuses image data that expands past the size its header gives, before expanding all of it', () => {
    const bytes = encodePng({ width: 4, height: 4, pixel: pattern });
    const idatAt = bytes.findIndex((_, i) => String.fromCharCode(...bytes.subarray(i, i + 4)) === 'IDAT') - 4;
    const bomb = deflateSync(new Uint8Array(8 * 1024 * 1024));
    const length = new Uint8Array(4);
    new DataView(length.buffer).setUint32(0, bomb.length);
    const file = new Uint8Array([...bytes.subarray(0, idatAt), ...length, ...new TextEncoder().encode('IDAT'), ...bomb, 0, 0, 0, 0, ...bytes.subarray(-12)]);
    expect(() => decodePng(file, 1000)).toThrow(/larger than its header says/);
  });

  it('reports a zlib stream that is not one as corrupt image data', () => {
    const bytes = Uint8Array.from(encodePng({ width: 4, height: 4, pixel: pattern }));
    const idatData = bytes.findIndex((_, i) => String.fromCharCode(...bytes.subarray(i, i + 4)) === 'IDAT') + 4;
    bytes[idatData] = 0x01;
    expect(() => decodePng(bytes, 1000)).toThrow(/cannot be decompressed/);
  });
});
