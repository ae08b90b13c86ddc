import type { Severity } from '../core/types.js';

const codes = { red: 31, yellow: 33, blue: 34, dim: 2, bold: 1, underline: 4, green: 32 } as const;
export type Style = keyof typeof codes;

export const severityStyle: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };

export type Paint = (style: Style, text: string) => string;

/** ANSI styling, or none: the CLI asks for colour only on a terminal. */
export function painter(color: boolean | undefined): Paint {
  return (style, text) => (color ? `\u001b[${codes[style]}m${text}\u001b[0m` : text);
}

/** The length of the longest text (0 for none), without spreading: reports can hold 100,000s of findings. */
export function longest(texts: readonly string[]): number {
  let most = 0;
  for (const text of texts) most = Math.max(most, text.length);
  return most;
}

/** Appends lines one by one: `push(...lines)` overflows the call stack for 100,000s of lines. */
export function append(target: string[], lines: readonly string[]): void {
  for (const line of lines) target.push(line);
}

/** Left-aligned columns separated by two spaces; `align` marks the columns to right-align. */
export function table(rows: string[][], align: boolean[] = []): string[] {
  const widths = rows[0]!.map((_, i) => longest(rows.map((row) => row[i]!)));
  return rows.map((row) =>
    row
      .map((cell, i) => (align[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}
