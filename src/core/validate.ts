import type { ConnectorInput } from '../parse/connector.js';
import { runRules, type ActiveRule, type Report } from './engine.js';
import { toConnectorInput, type ConnectorObjects } from './input.js';
import { manualChecksFor } from './manual-checks.js';
import { defaultProfile } from './profiles.js';
import type { Rule, RuleSeverityOverrides } from './rule.js';
import type { ConnectorTarget, Finding, FindingCounts, ProfileId, ValidationResult } from './types.js';

/** A finding accepted earlier: matched on rule id, file and pointer, so it survives line moves. */
export interface BaselineEntry {
  ruleId: string;
  file: string;
  pointer: string;
}

export interface ValidateOptions {
  /** Certification tier; `independent-publisher` by default. */
  profile?: ProfileId;
  /**
   * `package` (default): the files submitted for certification, so a certified connector needs its icon.
   * `repository`: the connector's folder in microsoft/PowerPlatformConnectors; rules about package-only files are off.
   */
  target?: ConnectorTarget;
  /** Severity per rule id, or `'off'`. A rule off in the profile runs when given a severity here. */
  rules?: RuleSeverityOverrides;
  /** Findings to hide. */
  baseline?: readonly BaselineEntry[];
  /** Rules written with `defineRule`, run beside the built-in ones. */
  extraRules?: readonly Rule[];
}

export const defaultTarget: ConnectorTarget = 'package';

/** Chooses the rules to run and at which severity; an override turns on a rule its profile or target leaves off. */
export function activeRules(
  all: readonly Rule[],
  profile: ProfileId,
  overrides: RuleSeverityOverrides = {},
  target: ConnectorTarget = defaultTarget,
): ActiveRule[] {
  const out: ActiveRule[] = [];
  for (const rule of all) {
    const override = Object.prototype.hasOwnProperty.call(overrides, rule.meta.id) ? overrides[rule.meta.id] : undefined;
    const concerned = rule.meta.targets === undefined || rule.meta.targets.includes(target);
    const severity = override ?? (concerned ? rule.meta.severity[profile] : undefined);
    if (severity && severity !== 'off') out.push({ rule, severity });
  }
  return out;
}

/** Checks one connector against the certification rules. Synchronous, pure, deterministic; never throws. */
export function validateWith(
  builtIn: readonly Rule[],
  input: ConnectorInput | ConnectorObjects,
  options: ValidateOptions = {},
): ValidationResult {
  const profile = options.profile ?? defaultProfile;
  const rules = activeRules([...builtIn, ...(options.extraRules ?? [])], profile, options.rules, options.target);
  const reports = runRules(toConnectorInput(input), rules, profile);
  const findings = sortFindings(filterBaseline(reports, options.baseline ?? []));
  const counts: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return { ok: counts.error === 0, profile, findings, counts, manualChecks: manualChecksFor(profile) };
}

function filterBaseline(reports: Report[], baseline: readonly BaselineEntry[]): Finding[] {
  const accepted = new Set(baseline.map((entry) => baselineKey(entry)));
  return reports.map((report) => report.finding).filter((finding) => !accepted.has(baselineKey(finding)));
}

function baselineKey(entry: BaselineEntry): string {
  return `${entry.ruleId}\u0000${entry.file}\u0000${entry.pointer}`;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** File, pointer, rule id, then position and message: the same input always gives the same order. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      compare(a.file, b.file) ||
      compare(a.pointer, b.pointer) ||
      compare(a.ruleId, b.ruleId) ||
      (a.range?.start.offset ?? -1) - (b.range?.start.offset ?? -1) ||
      compare(a.message, b.message),
  );
}
