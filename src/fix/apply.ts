import { applyEdits } from 'jsonc-parser';
import { isConnectorInput, type ConnectorInput } from '../parse/connector.js';
import { describe, isArray } from '../parse/arguments.js';
import { InvalidArgumentError } from '../parse/errors.js';
import { parseJson } from '../parse/json.js';
import { joinPointer, parsePointer } from '../parse/pointer.js';
import type { Range } from '../parse/positions.js';
import type { Finding, Severity, ValidationResult } from '../core/types.js';
import { editableFile, editsIn, readFinding, type EditableFile } from './edits.js';
import type { FixEdits, FixResult, FixSkipReason, SkippedFix, TextEdit } from './types.js';
import { compareText } from '../parse/order.js';

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Applies the JSON Patch `fix` of findings to the connector's files, editing their text rather than re-serialising
 * them: indentation, key order, line endings, comments and the byte-order mark stay as they are, and only the edited
 * values change. Pure and browser-safe; the input is not changed.
 *
 * Fixes are taken in a fixed order whatever the order given: errors first, then warnings, then info, and within a
 * severity by file, pointer, rule id and message. A fix whose edit overlaps or touches the edit of a fix taken before it
 * is skipped as a `conflict` (two findings asking for the very same edit both count as applied, and so does a fix
 * whose value is already there, unless a fix before it changed that value or renamed a member on its way); run the
 * check again on the new texts and apply what is left, as `check --fix` does, to settle it. A file that does not parse cleanly or
 * is not UTF-8 is never edited, and a patch whose target is no longer in the text is skipped, so a result may be
 * applied to the same input again safely.
 *
 * @param input - The connector as `parseConnector` or `loadConnector` returned it: fixes edit its files' text.
 * @param findings - The findings (or the whole result of `validateConnector`) whose fixes to apply; findings without a
 *   `fix` are ignored, so passing every finding is fine.
 * @returns The new texts of the files that changed, and which fixes were applied or skipped and why.
 * @throws {@link InvalidArgumentError} when `input` is not a `ConnectorInput`, `findings` is neither an array of
 *   findings nor a validation result, or reading a finding throws (a revoked Proxy).
 * @example
 * ```ts
 * import { applyFixes, parseConnector, validateConnector } from 'connector-certify';
 *
 * const input = parseConnector({ 'apiDefinition.swagger.json': '{\n\t"swagger": "2.0",\n\t"basePath": "v1"\n}\n' });
 * const { files, applied, skipped } = applyFixes(input, validateConnector(input));
 * console.log(files['apiDefinition.swagger.json']); // '{\n\t"swagger": "2.0",\n\t"basePath": "/v1"\n}\n'
 * console.log(applied.map((fix) => fix.finding.ruleId), skipped.length); // ['meta-basepath'] 0
 * ```
 */
export function applyFixes(input: ConnectorInput, findings: readonly Finding[] | ValidationResult): FixResult {
  if (!isConnectorInput(input)) {
    throw new InvalidArgumentError('input', `expected a ConnectorInput from parseConnector or loadConnector, got ${describe(input)}.`);
  }
  const list = isArray(findings) ? findings : (findings as ValidationResult | undefined)?.findings;
  if (!isArray(list)) throw new InvalidArgumentError('findings', `expected an array of findings or a validation result, got ${describe(findings)}.`);

  const applied: FixEdits[] = [];
  const skipped: SkippedFix[] = [];
  // Per file: the fixes taken, and where those that change the text act.
  const byFile = new Map<string, { target: EditableFile; fixes: FixEdits[]; taken: TextEdit[] } | { reason: FixSkipReason; detail: string }>();

  for (const finding of fixOrder(list)) {
    const name = finding.file;
    let entry = byFile.get(name);
    if (!entry) {
      const target = editableFile(input, name);
      entry = 'reason' in target ? target : { target, fixes: [], taken: [] };
      byFile.set(name, entry);
    }
    if ('reason' in entry) {
      skipped.push({ finding, file: name, reason: entry.reason, detail: entry.detail });
      continue;
    }
    const planned = editsIn(entry.target, finding);
    if ('reason' in planned) skipped.push(planned);
    else if (planned.edits.length > 0 && planned.edits.every((edit) => sameAsTaken(edit, entry.fixes))) applied.push(planned);
    else {
      const spans = reach(entry.target, planned);
      if (spans.some((edit) => clashes(edit, entry.taken))) {
        skipped.push({ finding, file: name, reason: 'conflict', detail: 'Another fix edits the same place; check again and fix what is left.' });
        continue;
      }
      entry.fixes.push(planned);
      if (planned.edits.length > 0) entry.taken.push(...spans);
      applied.push(planned);
    }
  }

  const files: Record<string, string> = {};
  for (const [name, entry] of byFile) {
    if ('reason' in entry) continue;
    const { target, fixes } = entry;
    const { text, kept } = textWith(target.file.text, fixes);
    if (kept.length < fixes.length) dropUnkept(name, kept, applied, skipped);
    if (text !== target.file.text) files[name] = (target.file.encoding.includes('bom') ? '\uFEFF' : '') + text;
  }
  return { files, applied, skipped };
}

/** Findings that carry a fix, in the documented order: severity, file, pointer, rule id, message. */
function fixOrder(findings: readonly unknown[]): Finding[] {
  const fixable = findings.flatMap((finding, index) => readFinding(finding, `findings[${index}]`) ?? []);
  return fixable.sort(
    (a, b) =>
      (severityRank[a.severity] ?? 3) - (severityRank[b.severity] ?? 3) ||
      compare(a.file, b.file) ||
      compare(a.pointer, b.pointer) ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.message, b.message),
  );
}

function compare(a: unknown, b: unknown): number {
  return compareText(String(a), String(b));
}

/**
 * Where a fix acts. One that changes the text: its edits and, since they are trimmed to the characters that change,
 * the whole of each value it replaces or removes (a fix inside it would edit text the trimmed edit keeps). One that
 * changes nothing (the file already holds its value): the values it names and the keys on their way from the root, so
 * that it still conflicts with a fix taken before it that changed them or renamed a member on the way.
 */
function reach(target: EditableFile, fix: FixEdits): TextEdit[] {
  const changes = fix.edits.length > 0;
  const spans = [...fix.edits];
  const add = (range: Range | undefined) => {
    if (range) spans.push({ offset: range.start.offset, length: range.end.offset - range.start.offset, newText: '' });
  };
  for (const { op, path } of fix.finding.fix!) {
    if (op !== 'add' || !changes) add(target.file.locate(path));
    if (changes) continue;
    const segments = parsePointer(path) ?? [];
    for (let depth = 1; depth <= segments.length; depth++) {
      const pointer = joinPointer('', ...segments.slice(0, depth));
      const key = target.file.locate(pointer, 'key');
      // An array item has no key: its "key" span is its value, which holds its siblings' places too.
      if (key && key.start.offset !== target.file.locate(pointer)?.start.offset) add(key);
    }
  }
  return spans;
}

function sameAsTaken(edit: TextEdit, taken: FixEdits[]): boolean {
  return taken.some((fix) => fix.edits.some((other) => other.offset === edit.offset && other.length === edit.length && other.newText === edit.newText));
}

/** Spans that overlap or touch cannot both be edited blindly: the JSON between them (a comma) may be shared. */
function clashes(edit: TextEdit, taken: TextEdit[]): boolean {
  return taken.some((other) => edit.offset <= other.offset + other.length && other.offset <= edit.offset + edit.length);
}

/**
 * The file's text with every accepted fix. The edits were computed apart, so their sum is checked: should it not parse
 * (edits that are apart in the text but not in the JSON), the fixes are taken one at a time and a fix that would break
 * the text is left out.
 */
function textWith(original: string, fixes: FixEdits[]): { text: string; kept: FixEdits[] } {
  const all = applyEdits(original, fixes.flatMap((fix) => fix.edits.map(toJsonc)));
  if (parsesCleanly(all)) return { text: all, kept: fixes };
  const kept: FixEdits[] = [];
  let text = original;
  for (const fix of fixes) {
    const attempt = applyEdits(original, [...kept, fix].flatMap((each) => each.edits.map(toJsonc)));
    if (parsesCleanly(attempt)) {
      kept.push(fix);
      text = attempt;
    }
  }
  return { text, kept };
}

/** Moves the applied fixes of a file whose edits did not all make it into its text over to the skipped conflicts. */
function dropUnkept(name: string, kept: FixEdits[], applied: FixEdits[], skipped: SkippedFix[]): void {
  for (let i = applied.length - 1; i >= 0; i--) {
    const fix = applied[i]!;
    if (fix.file !== name || kept.includes(fix) || fix.edits.every((edit) => sameAsTaken(edit, kept))) continue;
    applied.splice(i, 1);
    skipped.push({ finding: fix.finding, file: name, reason: 'conflict', detail: 'With the other fixes applied, this one would break the JSON; check again and fix what is left.' });
  }
}

function toJsonc(edit: TextEdit) {
  return { offset: edit.offset, length: edit.length, content: edit.newText };
}

function parsesCleanly(text: string): boolean {
  return !parseJson(text).diagnostics.some((diagnostic) => diagnostic.code === 'syntax-error');
}
