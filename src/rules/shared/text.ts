/** Small string helpers shared by the string rules. */

/** The first character outside printable ASCII, the proxy for "written in English". */
export function firstNonAscii(text: string): string | undefined {
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x20 || code > 0x7e) return char;
  }
  return undefined;
}

/** Shows a character so that invisible ones are visible in a message. */
export function showChar(char: string): string {
  const code = char.codePointAt(0)!;
  if (code >= 0x21 && code <= 0x7e) return `'${char}'`;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Length in code points, so that an emoji counts once. */
export function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

/** Trimmed, case-folded, whitespace-collapsed, for comparing two strings. */
export function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function isAlphanumeric(char: string | undefined): boolean {
  return char !== undefined && /^[A-Za-z0-9]$/.test(char);
}
