import { expect } from 'vitest';

/** Cells of a GFM table row: split on pipes that are not escaped. */
export function cells(row: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 1; i < row.length - 1; i++) {
    if (row[i] === '\\' && i + 1 < row.length - 1) {
      current += row[i]! + row[i + 1]!;
      i += 1;
    } else if (row[i] === '|') {
      out.push(current.trim());
      current = '';
    } else current += row[i];
  }
  out.push(current.trim());
  return out;
}

/** Every table in a markdown text, checked for GFM syntax: header, delimiter row, rows of the same width. */
export function tables(markdown: string): string[][][] {
  const lines = markdown.split('\n');
  const found: string[][][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('|')) continue;
    const block: string[] = [];
    while (i < lines.length && lines[i]!.startsWith('|')) block.push(lines[i++]!);
    expect(lines[i - block.length - 1] ?? '', 'a table starts after a blank line').toBe('');
    for (const row of block) expect(row.endsWith('|'), row).toBe(true);
    const [header, delimiter, ...rows] = block.map(cells);
    expect(delimiter!.every((c) => /^:?-{3,}:?$/.test(c)), block[1]).toBe(true);
    expect(delimiter).toHaveLength(header!.length);
    for (const row of rows) expect(row, 'row width').toHaveLength(header!.length);
    found.push([header!, ...rows]);
  }
  return found;
}
