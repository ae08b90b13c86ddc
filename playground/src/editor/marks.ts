// Findings and changes as CodeMirror lint diagnostics.
import type { Diagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import type { Range, Severity } from 'connector-certify';
import { externalLink } from '../ui/dom.js';

/** Something to underline in a file: a finding, or one side of a change. */
export interface EditorMark {
  range?: Range;
  severity: Severity;
  message: string;
  /** The rule id, shown with the message. */
  source: string;
  docsUrl?: string;
  /** Applies the finding's fix, offered as "Fix" where the mark tells its message. */
  fix?: Fix;
}

export interface Fix {
  apply: () => void;
  /** What the fix is of, beyond the mark's place and message (a finding's pointer), to tell two fixes apart. */
  target: string;
}

export function toDiagnostic(doc: Text, mark: EditorMark): Diagnostic {
  const { from, to } = mark.range ? offsetsOf(doc, mark.range) : doc.line(1);
  return {
    from,
    // Only the first line of a range: a finding about a whole operation would otherwise underline all of it.
    to: Math.min(to, doc.lineAt(from).to),
    severity: mark.severity,
    message: mark.message,
    source: mark.source,
    renderMessage: () => renderMessage(mark),
    actions: mark.fix ? [{ name: 'Fix', apply: mark.fix.apply }] : undefined,
  };
}

/**
 * What a mark shows and where, by line and column. Offsets are left out: an edit moves every offset after it, and the
 * editor moves its marks with the text, so marks equal in the rest are already where they belong.
 */
export function markKey({ range, severity, message, source, docsUrl, fix }: EditorMark): unknown[] {
  const where = range && [range.start.line, range.start.column, range.end.line, range.end.column];
  return [where, severity, message, source, docsUrl, fix?.target];
}

/**
 * CodeMirror offsets of a range. Taken from line and column rather than the range's offsets: CodeMirror stores "\r\n"
 * as a single break, so offsets into a file with CRLF endings would drift, while both split lines the same way.
 */
export function offsetsOf(doc: Text, range: Range): { from: number; to: number } {
  const from = offsetOf(doc, range.start.line, range.start.column);
  return { from, to: Math.max(from, offsetOf(doc, range.end.line, range.end.column)) };
}

function offsetOf(doc: Text, line: number, column: number): number {
  if (line > doc.lines) return doc.length;
  const { from, to } = doc.line(Math.max(1, line));
  return Math.min(from + Math.max(0, column - 1), to);
}

function renderMessage(mark: EditorMark): Node {
  const fragment = document.createDocumentFragment();
  fragment.append(mark.message);
  if (mark.docsUrl) {
    fragment.append(' ', externalLink('Rule docs', mark.docsUrl));
  }
  return fragment;
}
