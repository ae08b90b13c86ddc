/** Helpers of the icon rules: the icon's bytes and the colour of its background. */
import type { ConnectorFile } from '../../parse/connector.js';
import type { PngImage } from '../../parse/png.js';

/** Icons are about 230x230; larger images are not decoded (their size is reported instead). */
export const maxIconPixels = 1024 * 1024;

export type Rgb = [number, number, number];

export function fileBytes(file: ConnectorFile): Uint8Array {
  return file.type === 'binary' ? file.bytes : new TextEncoder().encode(file.text);
}

/** `#rrggbb` or `#rgb` as numbers; `undefined` for anything else. */
export function parseHexColour(value: unknown): Rgb | undefined {
  if (typeof value !== 'string' || !/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(value.trim())) return undefined;
  let hex = value.trim().slice(1);
  if (hex.length === 3) hex = hex.replace(/./g, (digit) => digit + digit);
  return [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16)) as Rgb;
}

export function hexColour([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

/** Whether two colours look the same (each channel within a small tolerance for compression and anti-aliasing). */
export function sameColour(a: Rgb, b: Rgb, tolerance = 16): boolean {
  return a.every((channel, index) => Math.abs(channel - b[index]!) <= tolerance);
}

export interface Background {
  /** Border pixels that are not fully opaque. */
  transparent: number;
  /** Border pixels in all. */
  total: number;
  /** The most common colour among the opaque border pixels. */
  colour?: Rgb;
}

/** The background of an icon, judged from the pixels of its outer edge. */
export function iconBackground({ width, height, rgba }: PngImage): Background {
  const counts = new Map<number, number>();
  let transparent = 0;
  let total = 0;
  const visit = (x: number, y: number) => {
    const at = (y * width + x) * 4;
    total++;
    if (rgba[at + 3]! < 250) {
      transparent++;
      return;
    }
    const key = (rgba[at]! << 16) | (rgba[at + 1]! << 8) | rgba[at + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (let x = 0; x < width; x++) {
    visit(x, 0);
    if (height > 1) visit(x, height - 1);
  }
  for (let y = 1; y < height - 1; y++) {
    visit(0, y);
    if (width > 1) visit(width - 1, y);
  }
  let best: number | undefined;
  for (const [key, count] of counts) if (best === undefined || count > counts.get(best)!) best = key;
  const colour: Rgb | undefined = best === undefined ? undefined : [best >> 16, (best >> 8) & 255, best & 255];
  return { transparent, total, ...(colour && { colour }) };
}
