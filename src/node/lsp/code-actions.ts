import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes, fixEdits } from '../../fix/index.js';
import type { TextEdit } from '../../fix/types.js';
import type { ConnectorInput } from '../../parse/connector.js';
import type { Finding } from '../../core/types.js';
import type { PlacedDiagnostic } from './diagnostics.js';
import { ruleDocs } from './rule-docs.js';

/** The kind of the action that applies every fix of a file, for editors' "fix all on save". */
export const fixAllKind = `${CodeActionKind.SourceFixAll}.connector-certify`;

/** Where the actions are computed: the input the findings came from, and how to name its files as URIs. */
export interface FixContext {
  input: ConnectorInput;
  uriOf(name: string): string;
}

/**
 * A quick fix for each diagnostic asked about whose finding carries a fix that applies to the text as checked. The
 * caller makes sure that text is the buffer's current one: the edits are offsets into it.
 */
export async function quickFixes(
  context: FixContext,
  placed: readonly PlacedDiagnostic[],
  asked: readonly Diagnostic[],
): Promise<CodeAction[]> {
  const actions: CodeAction[] = [];
  for (const diagnostic of asked) {
    const match = placed.find((p) => sameDiagnostic(p.diagnostic, diagnostic));
    if (!match?.finding.fix) continue;
    const fix = fixEdits(context.input, match.finding);
    if ('reason' in fix || fix.edits.length === 0) continue;
    actions.push({
      title: await fixTitle(match.finding),
      kind: CodeActionKind.QuickFix,
      diagnostics: [match.diagnostic],
      isPreferred: true,
      edit: workspaceEdit(context, fix.file, fix.edits),
    });
  }
  return actions;
}

/** One action applying every fix of the file's findings that applies (conflicting ones are left for the next check). */
export function fixAll(context: FixContext, file: string, findings: readonly Finding[]): CodeAction | undefined {
  const own = findings.filter((finding) => finding.fix && finding.file === file);
  const { applied } = applyFixes(context.input, own);
  const edits = applied.flatMap((fix) => fix.edits);
  if (edits.length === 0) return undefined;
  return {
    title: `Fix all connector-certify findings that have a fix (${applied.length})`,
    kind: fixAllKind,
    edit: workspaceEdit(context, file, edits),
  };
}

function workspaceEdit(context: FixContext, name: string, edits: readonly TextEdit[]): WorkspaceEdit {
  const file = context.input.files.find((candidate) => candidate.name === name);
  const document = TextDocument.create(context.uriOf(name), 'json', 0, file && 'text' in file ? file.text : '');
  const changes: LspTextEdit[] = edits.map((edit) => ({
    range: { start: document.positionAt(edit.offset), end: document.positionAt(edit.offset + edit.length) },
    newText: edit.newText,
  }));
  return { changes: { [document.uri]: changes } };
}

/** The menu entry: what the rule's docs say the fix does, and the rule. */
async function fixTitle(finding: Finding): Promise<string> {
  const docs = await ruleDocs(finding.ruleId);
  return docs ? `${docs.fix.replace(/\.$/, '')} (${finding.ruleId})` : `Fix ${finding.ruleId}`;
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return (
    a.code === b.code &&
    a.message === b.message &&
    a.range.start.line === b.range.start.line &&
    a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line &&
    a.range.end.character === b.range.end.character
  );
}
