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
import type { Checked, ConnectorFiles, FileTexts, FixOutcome, FixTarget } from './protocol.js';

export class CheckSession {
  private input: ConnectorInput;
  private last: { profile: ProfileId; result: ValidationResult } | undefined;

  constructor(
    readonly id: number,
    private files: ConnectorFiles,
  ) {
    this.input = parseConnector(files);
  }

  /** Takes in the files edited since the last call, parses again only those and validates, timing both. */
  check(profile: ProfileId, changed: FileTexts = {}): Checked {
    const started = performance.now();
    if (Object.keys(changed).length > 0) {
      this.files = { ...this.files, ...changed };
      // Files the edit left alone are taken from the previous parse as they are.
      this.input = parseConnector(this.files, { reuseFrom: this.input });
      this.last = undefined;
    }
    if (this.last?.profile !== profile) this.last = { profile, result: validateConnector(this.input, { profile }) };
    return { result: this.last.result, ms: performance.now() - started };
  }

  /** The text edits that fix the target's findings, once the edits made since the last call are taken in. */
  fix(profile: ProfileId, changed: FileTexts, target: FixTarget): FixOutcome {
    const { result } = this.check(profile, changed);
    return fixOutcome(this.input, result.findings.filter((finding) => isTarget(finding, target)));
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
