import { lineOf } from '../../parse/positions.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';

interface LinesFound {
  count: number;
  /** 1-based line of the first one. */
  line: number;
}

/** The next tab at or after `from`. */
function tabAt(text: string, from: number): number {
  return text.indexOf('\t', from);
}

const space = 0x20;
const tab = 0x09;
const carriageReturn = 0x0d;

/**
 * The next space or tab that ends a line (before `\n`, `\r\n` or the end of the text), at or after `from`. Only the
 * line ends are looked at, so a long file costs one `indexOf` per line rather than a regular expression step per space.
 */
function trailingAt(text: string, from: number): number {
  for (let end = text.indexOf('\n', from); ; end = text.indexOf('\n', end + 1)) {
    let last = (end === -1 ? text.length : end) - 1;
    if (end !== -1 && last >= from && text.charCodeAt(last) === carriageReturn) last--;
    const char = last >= from ? text.charCodeAt(last) : -1;
    if (char === space || char === tab) return last;
    if (end === -1) return -1;
  }
}

/** Counts the lines holding a match of `next`, with indexOf-style scans rather than a loop over every character. */
function linesWith(text: string, next: (text: string, from: number) => number): LinesFound {
  const found: LinesFound = { count: 0, line: 0 };
  for (let at = next(text, 0); at !== -1; ) {
    if (!found.count) found.line = lineOf(text, at);
    found.count++;
    const lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1) break;
    at = next(text, lineEnd + 1);
  }
  return found;
}

export const docs: RuleDocs = {
  rationale:
    "Microsoft's coding standards ask for soft indentation and no trailing whitespace, which keep diffs of connector updates readable. The indentation width is not checked: almost every accepted connector uses two spaces, as paconn writes them.",
  fix: "Let your editor convert tabs to spaces and trim trailing whitespace on save (or format the JSON with 'paconn download' / a JSON formatter).",
  source: 'Microsoft Learn, coding standards for custom connectors.',
};

export default defineRule({
  meta: {
    id: 'artifact-coding-style',
    area: 'artifact',
    description: 'The connector files use spaces, not tabs, and have no trailing whitespace.',
    severity: certification('info'),
    messages: {
      tabs: '{file} has tab characters on {count} line(s), the first on line {line}; indent with spaces.',
      trailing: '{file} has trailing whitespace on {count} line(s), the first on line {line}; remove it.',
    },
  },
  create(context) {
    return {
      file({ file }) {
        if (file.type === 'binary' || !['apiDefinition', 'apiProperties', 'script'].includes(file.role)) return;
        const { text } = file;
        const found = { tabs: linesWith(text, tabAt), trailing: linesWith(text, trailingAt) };
        for (const kind of ['tabs', 'trailing'] as const) {
          const { count, line } = found[kind];
          if (count) context.report({ messageId: kind, pointer: '', data: { file: file.name, count, line }, span: { line } });
        }
      },
    };
  },
});
