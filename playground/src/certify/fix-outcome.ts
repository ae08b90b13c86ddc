// Findings' fixes as edits for the editor, made by the library's `applyFixes` against the text the worker has.
import { applyFixes, type ConnectorInput, type Finding } from 'connector-certify';
import type { FixOutcome, TextEdit } from './protocol.js';

export function fixOutcome(input: ConnectorInput, findings: readonly Finding[]): FixOutcome {
  const { applied, skipped } = applyFixes(input, findings);
  const edits: Record<string, TextEdit[]> = {};
  const seen = new Set<string>();
  for (const { file: name, edits: fileEdits } of applied) {
    const file = input.files.find((candidate) => candidate.name === name);
    if (!file || file.type === 'binary') continue;
    for (const { offset, length, newText } of fileEdits) {
      // Two findings may ask for the very same edit: the editor must make it once.
      const key = JSON.stringify([name, offset, length, newText]);
      if (seen.has(key)) continue;
      seen.add(key);
      // By line and column, which the editor can place whatever line endings it keeps.
      (edits[name] ??= []).push({ range: file.rangeOf(offset, length), text: newText });
    }
  }
  return {
    edits,
    fixed: applied.length,
    skipped: skipped.map(({ finding, detail }) => `${finding.ruleId} at ${finding.pointer || finding.file}: ${detail}`),
  };
}
