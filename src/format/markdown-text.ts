/**
 * Text safe inside a GitHub-flavoured markdown table cell: no line breaks, no pipes that end the cell, no HTML and
 * no markup taken from connector data (a message quoting `<script>` or `**` shows as written).
 */
export function cell(text: string): string {
  let out = '';
  for (const char of text) {
    switch (char) {
      case '&':
        out += '&amp;';
        break;
      case '<':
        out += '&lt;';
        break;
      case '>':
        out += '&gt;';
        break;
      case '\r':
        break;
      case '\n':
        out += '<br>';
        break;
      case '|':
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '~':
      case '#':
        out += `\\${char}`;
        break;
      default:
        out += char;
    }
  }
  return out;
}

/** Inline code that survives backticks in the value, and stays inside a table cell. */
export function code(text: string): string {
  const clean = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  const fence = clean.includes('`') ? '``' : '`';
  return `${fence}${fence.length > 1 ? ' ' : ''}${clean}${fence.length > 1 ? ' ' : ''}${fence}`;
}

export function markdownTable(header: string[], rows: string[][], align: Array<'left' | 'right'> = []): string[] {
  const rule = header.map((_, i) => (align[i] === 'right' ? '---:' : '---'));
  return [header, rule, ...rows].map((row) => `| ${row.join(' | ')} |`);
}
