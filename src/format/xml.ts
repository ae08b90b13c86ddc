/**
 * Escapes text for an XML attribute or element. Characters XML 1.0 forbids (most control characters, lone
 * surrogates, U+FFFE/U+FFFF) become U+FFFD, so a connector's stray bytes cannot make the report unreadable; so do
 * DEL and the C1 controls, which XML allows but a terminal showing the report would obey.
 */
export function xmlEscape(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i]! + text[i + 1]!;
        i += 1;
        continue;
      }
    }
    out += escapeUnit(c, text[i]!);
  }
  return out;
}

function escapeUnit(code: number, char: string): string {
  switch (char) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '"':
      return '&quot;';
    case "'":
      return '&apos;';
    case '\n':
      return '&#10;';
    case '\r':
      return '&#13;';
    case '\t':
      return '&#9;';
  }
  const forbidden = code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff;
  return forbidden ? '\ufffd' : char;
}
