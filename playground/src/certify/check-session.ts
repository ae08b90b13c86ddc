// The connector open in check mode, kept in the worker between edits: the files as last sent, their parse and the
// last result.
import {
  parseConnector,
  validateConnector,
  type ConnectorInput,
  type Finding,
  type ProfileId,
  type ValidationResult,
} from 'connector-certify';
import { fixOutcome } from './fix-outcome.js';
import type { Checked, ConnectorFiles, FileEdits, FileTexts, FixOutcome, FixTarget, TextChange } from './protocol.js';
import { applyChanges } from './text-changes.js';

export class CheckSession {
  private input: ConnectorInput;
  private last: { profile: ProfileId; result: ValidationResult } | undefined;

  constructor(
    readonly id: number,
    private files: ConnectorFiles,
  ) {
    this.input = parseConnector(files);
  }

  /** Takes in the edits made since the last call, parses again only the edited files and validates, timing both. */
  check(profile: ProfileId, edits: FileEdits = {}): Checked {
    const started = performance.now();
    if (Object.keys(edits).length > 0) {
      this.files = { ...this.files };
      for (const [name, edit] of Object.entries(edits)) this.files[name] = this.edited(name, edit);
      // Files the edit left alone are taken from the previous parse as they are.
      this.input = parseConnector(this.files, { reuseFrom: this.input });
      this.last = undefined;
    }
    const parsed = performance.now();
    if (this.last?.profile !== profile) this.last = { profile, result: validateConnector(this.input, { profile }) };
    return { result: this.last.result, ms: performance.now() - started, parseMs: parsed - started };
  }

  /** Validates the connector again and drops the result, to warm the worker's code (warm-up.ts); returns the ms taken. */
  rehearse(profile: ProfileId): number {
    const started = performance.now();
    validateConnector(this.input, { profile });
    return performance.now() - started;
  }

  /** The text edits that fix the target's findings, once the edits made since the last call are taken in. */
  fix(profile: ProfileId, edits: FileEdits, target: FixTarget): FixOutcome {
    const { result } = this.check(profile, edits);
    return fixOutcome(this.input, result.findings.filter((finding) => isTarget(finding, target)));
  }

  /** A file's text after an edit: the edit's text, or the changes applied to the text sent before. */
  private edited(name: string, edit: string | TextChange[]): string {
    if (typeof edit === 'string') return edit;
    const text = this.files[name];
    // The page sends a file whole the first time it is edited, so changes always apply to text it sent.
    if (typeof text !== 'string') throw new Error(`${name} was changed before its text was sent.`);
    return applyChanges(text, edit);
  }

  /** The decoded text of each textual file, as last parsed. */
  texts(): FileTexts {
    return textsOf(this.input);
  }
}

export function textsOf(input: ConnectorInput): FileTexts {
  const texts: FileTexts = {};
  for (const file of input.files) if (file.type !== 'binary') texts[file.name] = file.text;
  return texts;
}

function isTarget(finding: Finding, { ruleId, file, pointer }: FixTarget): boolean {
  if (!finding.fix || finding.ruleId !== ruleId) return false;
  return file === undefined || (finding.file === file && finding.pointer === pointer);
}
