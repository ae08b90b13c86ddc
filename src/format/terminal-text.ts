/**
 * Terminal-safe text. Everything a connector supplies (titles, operationIds, messages quoting values, file names,
 * pointers) passes through here before stylish output prints it, so input can neither drive the terminal (ESC, CSI,
 * OSC, BEL, C1 controls), nor overwrite or start a line (CR, LF, form feed, line separators), nor reorder what is
 * shown (bidirectional overrides).
 */

/** C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional formatting characters. */
export const unsafeCharacters = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Each unsafe character written as a visible escape: `\x1b`, `\n`, `\u202e`. */
export function terminalText(text: string): string {
  return text.replace(unsafeCharacters, (char) => named[char] ?? escapeCode(char.charCodeAt(0)));
}

function escapeCode(code: number): string {
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * A source line for a code frame: each unsafe character becomes one visible character, so the caret below stays
 * under its column. Tabs become a space; C0 controls their Unicode control picture (ESC is `␛`); the rest `�`.
 */
export function frameText(text: string): string {
  return text.replace(unsafeCharacters, (char) => {
    const code = char.charCodeAt(0);
    if (code === 9) return ' ';
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\ufffd';
  });
}
