/** Turns file bytes into text the way the platform reads them, noting anything unusual. */

export type EncodingNote = 'bom' | 'latin1' | 'utf16';

export interface DecodedText {
  text: string;
  notes: EncodingNote[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(input: string | Uint8Array): DecodedText {
  if (typeof input === 'string') {
    if (input.charCodeAt(0) === 0xfeff) return { text: input.slice(1), notes: ['bom'] };
    return { text: input, notes: [] };
  }
  if (input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) {
    return withNotes(decodeUtf8OrLatin1(input.subarray(3)), 'bom');
  }
  if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)) {
    const label = input[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(label).decode(input.subarray(2)), notes: ['bom', 'utf16'] };
  }
  return decodeUtf8OrLatin1(input);
}

function decodeUtf8OrLatin1(bytes: Uint8Array): DecodedText {
  try {
    return { text: utf8.decode(bytes), notes: [] };
  } catch {
    // WHATWG maps the 'latin1' label to windows-1252, a superset that never fails.
    return { text: new TextDecoder('latin1').decode(bytes), notes: ['latin1'] };
  }
}

function withNotes(decoded: DecodedText, note: EncodingNote): DecodedText {
  return { text: decoded.text, notes: [note, ...decoded.notes] };
}

/** True when bytes look like a binary file rather than text (a NUL byte in the first 8 KiB). */
export function looksBinary(input: string | Uint8Array): boolean {
  if (typeof input === 'string') return false;
  const end = Math.min(input.length, 8192);
  const utf16 = (input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff);
  if (utf16) return false;
  for (let i = 0; i < end; i++) if (input[i] === 0) return true;
  return false;
}
