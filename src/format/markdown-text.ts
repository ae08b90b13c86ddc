import { terminalText } from './terminal-text.js';

/**
 * Text safe inside a GitHub-flavoured markdown table cell: line breaks as `<br>`, no pipes that end the cell, no HTML
 * and no markup taken from connector data (a message quoting `<script>` or `**` shows as written), and other control
 * characters written as visible escapes (`\x1b`, its backslash escaped so it shows).
 */
export function cell(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => escapeCell(terminalText(line)))
    .join('<br>');
}

function escapeCell(text: string): string {
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

/**
 * Inline code that stays one code span inside a table cell whatever the value holds: the fence is longer than any
 * run of backticks in it, line breaks and control characters are visible escapes, pipes are escaped for the table.
 */
export function code(text: string): string {
  const clean = terminalText(text).replace(/\|/g, '\\|');
  if (clean === '') return '';
  const longest = (clean.match(/`+/g) ?? []).reduce((most, run) => Math.max(most, run.length), 0);
  const fence = '`'.repeat(longest + 1);
  // A space each side keeps a backtick at either end out of the fence; CommonMark strips one space from each side.
  const pad = longest > 0 || (clean.startsWith(' ') && clean.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

export function markdownTable(header: string[], rows: string[][], align: Array<'left' | 'right'> = []): string[] {
  const rule = header.map((_, i) => (align[i] === 'right' ? '---:' : '---'));
  return [header, rule, ...rows].map((row) => `| ${row.join(' | ')} |`);
}
