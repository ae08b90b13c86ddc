/** Just enough C# lexing for the script rules: where code is, as opposed to comments and string literals. */

/**
 * The text with comments and the contents of string and character literals replaced by spaces. Line breaks and
 * offsets are kept, so a match in the result is at the same place in the original. One pass, linear.
 */
export function codeOnly(text: string): string {
  const parts: string[] = [];
  let kept = 0;
  const blank = (from: number, to: number) => {
    if (to <= from) return;
    parts.push(text.slice(kept, from), text.slice(from, to).replace(/[^\r\n]/g, ' '));
    kept = to;
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    const next = text[i + 1];
    let end = i + 1;
    if (char === '/' && next === '/') {
      end = lineEnd(text, i);
      blank(i, end);
    } else if (char === '/' && next === '*') {
      const close = text.indexOf('*/', i + 2);
      end = close === -1 ? text.length : close + 2;
      blank(i, end);
    } else if (text.startsWith('"""', i)) {
      const close = text.indexOf('"""', i + 3);
      end = close === -1 ? text.length : close + 3;
      blank(i + 3, Math.max(i + 3, end - 3));
    } else if (char === '"') {
      const verbatim = text[i - 1] === '@' || (text[i - 1] === '$' && text[i - 2] === '@');
      end = verbatim ? verbatimEnd(text, i + 1) : quotedEnd(text, i + 1, '"');
      blank(i + 1, end - 1);
    } else if (char === "'") {
      end = quotedEnd(text, i + 1, "'");
      blank(i + 1, end - 1);
    }
    i = end;
  }
  parts.push(text.slice(kept));
  return parts.join('');
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

/**
 * The offset after the closing quote of a regular literal. A literal never spans lines: an unclosed one ends at the
 * line break, which then counts as its closing character (and likewise the end of the text).
 */
function quotedEnd(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === quote || char === '\n') return i + 1;
  }
  return text.length + 1;
}

/** The offset after the closing quote of a verbatim string, where `""` is an escaped quote. */
function verbatimEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') i++;
    else return i + 1;
  }
  return text.length + 1;
}

export interface UsingDirective {
  /** The namespace or type named, dots joined without spaces. */
  name: string;
  kind: 'namespace' | 'static' | 'alias';
  offset: number;
  length: number;
}

/** The `using` directives of a script (not `using (...)` statements), from its `codeOnly` text. */
export function usingDirectives(code: string): UsingDirective[] {
  const found: UsingDirective[] = [];
  let offset = 0;
  for (const line of code.split('\n')) {
    const start = offset + (line.length - line.trimStart().length);
    offset += line.length + 1;
    const statement = line.trim();
    if (!statement.startsWith('using ') || !statement.endsWith(';') || statement.includes('(')) continue;
    let body = statement.slice(6, -1).trim();
    let kind: UsingDirective['kind'] = 'namespace';
    if (body.startsWith('static ')) {
      kind = 'static';
      body = body.slice(7);
    } else if (body.includes('=')) {
      // `using Alias = A.B;`, but not a using declaration such as `using var reader = source;`.
      if (!/^[A-Za-z_]\w*$/.test(body.slice(0, body.indexOf('=')).trim())) continue;
      kind = 'alias';
      body = body.slice(body.indexOf('=') + 1);
    }
    found.push({ name: body.replace(/\s+/g, ''), kind, offset: start, length: statement.length });
  }
  return found;
}
