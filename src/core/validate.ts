import type { ConnectorInput } from '../parse/connector.js';
import { resolveLimits, type Limits } from '../parse/limits.js';
import { runRules, type ActiveRule, type Report } from './engine.js';
import { InvalidArgumentError } from '../parse/errors.js';
import { toConnectorInput, type ConnectorObjects } from './input.js';
import { manualChecksFor } from './manual-checks.js';
import { checkArray, checkLevels, checkLimits, checkNewIds, checkOptionNames, checkStrings, checkWord, isPlainRecord } from '../parse/arguments.js';
import { defaultProfile, profiles } from './profiles.js';
import type { Rule, RuleSeverityOverrides } from './rule.js';
import type { ConnectorTarget, Finding, FindingCounts, ProfileId, ValidationResult } from './types.js';
import { compareText } from '../parse/order.js';

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
  /**
   * How much to read of documents given as objects (see {@link Limits}). For a `ConnectorInput`, pass the limits to
   * `parseConnector` instead: its files are already read.
   */
  limits?: Partial<Limits>;
}

const optionNames = ['profile', 'target', 'rules', 'baseline', 'extraRules', 'limits'];
const severityWords = ['error', 'warning', 'info', 'off'] as const;

/**
 * Checks the options of `validateConnector`; every mistake is an {@link InvalidArgumentError} naming the option.
 */
export function checkValidateOptions(builtIn: readonly Rule[], options: unknown, input: unknown): ValidateOptions {
  const given = checkOptionNames(options, 'options', optionNames) as ValidateOptions;
  if (given.profile !== undefined) checkWord(given.profile, 'options.profile', profiles.map((p) => p.id), 'a profile');
  if (given.target !== undefined) checkWord(given.target, 'options.target', connectorTargets, 'a target');
  checkArray(given.extraRules, 'options.extraRules', (rule, argument) => {
    if (!isPlainRecord(rule) || typeof rule.create !== 'function') {
      throw new InvalidArgumentError(argument, 'expected a rule made with defineRule ({ meta, create }).');
    }
    checkStrings(rule.meta, `${argument}.meta`, ['id', 'area', 'description']);
    const meta = rule.meta as unknown as Record<string, unknown>;
    if (!isPlainRecord(meta.severity) || !isPlainRecord(meta.messages)) {
      throw new InvalidArgumentError(`${argument}.meta`, 'expected severity (by profile) and messages objects.');
    }
  });
  // Most calls give neither: the list of ~250 ids is then not built at all.
  if (given.extraRules !== undefined || given.rules !== undefined) {
    const extraIds = (given.extraRules ?? []).map((rule) => rule.meta.id);
    const builtInIds = builtIn.map((rule) => rule.meta.id);
    checkNewIds(extraIds, builtInIds, 'options.extraRules', 'rule');
    checkLevels(given.rules, 'options.rules', [...builtInIds, ...extraIds], severityWords, 'rule');
  }
  checkArray(given.baseline, 'options.baseline', (entry, argument) => checkStrings(entry, argument, ['ruleId', 'file', 'pointer']));
  checkLimits(given.limits, 'options.limits');
  if (given.limits !== undefined && isParsed(input)) {
    throw new InvalidArgumentError('options.limits', 'the input is already parsed; pass limits to parseConnector instead.');
  }
  return given;
}

/** Whether the input claims to be a `ConnectorInput` (a throwing getter is left for the input check to report). */
export function isParsed(input: unknown): boolean {
  try {
    return isPlainRecord(input) && input.kind === 'connector-input';
  } catch {
    return false;
  }
}

export const connectorTargets: readonly ConnectorTarget[] = ['package', 'repository'];
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
    const override = Object.hasOwn(overrides, rule.meta.id) ? overrides[rule.meta.id] : undefined;
    const concerned = rule.meta.targets === undefined || rule.meta.targets.includes(target);
    const severity = override ?? (concerned ? rule.meta.severity[profile] : undefined);
    if (severity && severity !== 'off') out.push({ rule, severity });
  }
  return out;
}

/** The active rules without overrides, by rule list, profile and target: the same for every call that gives none. */
const defaultRuleSets = new WeakMap<readonly Rule[], Map<string, readonly ActiveRule[]>>();

function defaultRules(builtIn: readonly Rule[], profile: ProfileId, target: ConnectorTarget): readonly ActiveRule[] {
  let byChoice = defaultRuleSets.get(builtIn);
  if (!byChoice) defaultRuleSets.set(builtIn, (byChoice = new Map()));
  const key = `${profile} ${target}`;
  let rules = byChoice.get(key);
  if (!rules) byChoice.set(key, (rules = Object.freeze(activeRules(builtIn, profile, {}, target))));
  return rules;
}

/**
 * Checks one connector against the certification rules. Synchronous, pure, deterministic; throws only
 * {@link InvalidArgumentError}, for options or an input container that are a programming mistake. `chosen`, the
 * active rules when the caller has picked them, is the CLI's alone: it marks the rules whose findings its report prints
 * without a range (see `ActiveRule.bare`).
 */
export function validateWith(
  builtIn: readonly Rule[],
  input: ConnectorInput | ConnectorObjects,
  rawOptions?: ValidateOptions,
  chosen?: readonly ActiveRule[],
): ValidationResult {
  const options = checkValidateOptions(builtIn, rawOptions, input);
  const profile = options.profile ?? defaultProfile;
  const connector = toConnectorInput(input, resolveLimits(options.limits));
  const rules =
    chosen ??
    (options.extraRules === undefined && options.rules === undefined
      ? defaultRules(builtIn, profile, options.target ?? defaultTarget)
      : activeRules([...builtIn, ...(options.extraRules ?? [])], profile, options.rules, options.target));
  const reports = runRules(connector, rules, profile);
  const findings = sortFindings(filterBaseline(reports, options.baseline ?? []));
  const counts: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return { ok: counts.error === 0, profile, findings, counts, manualChecks: manualChecksFor(profile) };
}

function filterBaseline(reports: Report[], baseline: readonly BaselineEntry[]): Finding[] {
  const findings = reports.map((report) => report.finding);
  if (baseline.length === 0) return findings; // the usual case: no key to build per finding
  const accepted = new Set(baseline.map((entry) => baselineKey(entry)));
  return findings.filter((finding) => !accepted.has(baselineKey(finding)));
}

function baselineKey(entry: BaselineEntry): string {
  return `${entry.ruleId}\u0000${entry.file}\u0000${entry.pointer}`;
}

/**
 * File name, then position (line and column), then rule id, message and pointer: a reader goes down each file once.
 * Findings without a range (documents given as objects, or a place not in the text) come first in their file, by
 * pointer. The same input always gives the same order.
 */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      (a.range ? 1 : 0) - (b.range ? 1 : 0) ||
      (a.range && b.range ? a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column : compareText(a.pointer, b.pointer)) ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.message, b.message) ||
      compareText(a.pointer, b.pointer),
  );
}
