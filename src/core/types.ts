/** Public data model shared by validation and diff. Everything here is plain JSON. */
import type { Range } from '../parse/positions.js';

export type Severity = 'error' | 'warning' | 'info';

/** A severity as configured: a level, or `'off'` to disable the rule. */
export type SeverityOrOff = Severity | 'off';

export type ProfileId = 'independent-publisher' | 'certified' | 'custom';

export type { Position, Range } from '../parse/positions.js';

/**
 * What is being checked: the whole `package` submitted for certification (icon included), or the `repository` copy
 * of a connector in microsoft/PowerPlatformConnectors, which holds no icon for a verified publisher.
 */
export type ConnectorTarget = 'package' | 'repository';

/** RFC 6902 operation, used where a fix is mechanical. */
export interface JsonPatchOperation {
  op: 'add' | 'remove' | 'replace';
  path: string;
  value?: unknown;
}

export interface Finding {
  /** Stable kebab-case id from the rule catalogue. */
  ruleId: string;
  severity: Severity;
  /** One sentence: names the offending value and says what to do. */
  message: string;
  /** File name as found in the connector folder, e.g. `apiDefinition.swagger.json` or `README.md`. */
  file: string;
  /** RFC 6901 pointer into the file (`''` is the whole file); for markdown, the heading path. */
  pointer: string;
  range?: Range;
  docsUrl?: string;
  fix?: JsonPatchOperation[];
}

export type FindingCounts = Record<Severity, number>;

/** A requirement no file can prove, shown to the author as a checklist item. */
export interface ManualCheck {
  id: string;
  requirement: string;
}

export interface ValidationResult {
  /** False iff an error-level finding remains after overrides and the baseline. */
  ok: boolean;
  profile: ProfileId;
  findings: Finding[];
  counts: FindingCounts;
  manualChecks: ManualCheck[];
}
