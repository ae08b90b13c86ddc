import { Option } from 'commander';
import { rules } from '../rules/catalogue.js';
import { isProfileId, profiles } from '../core/profiles.js';
import { connectorTargets } from '../core/validate.js';
import type { ConnectorTarget, ProfileId, SeverityOrOff } from '../core/types.js';
import { diffChecks } from '../diff/index.js';
import type { DiffOptions } from '../diff/index.js';
import { formatNames, type FormatName } from '../format/index.js';
import type { Limits } from '../parse/limits.js';
import { toolName } from '../version.js';
import { UsageError } from './errors.js';
import type { FailOn } from './output.js';
import { didYouMean } from '../parse/suggest.js';

// The options shared by commands, and the checks of the values the parser hands over as text: each mistake is one
// line naming the valid choices.

/** An option's value as given; `--changed-since=` (empty) is a mistake, not "no value". */
export function nonEmpty(flag: string): (value: string) => string {
  return (value) => {
    if (value.trim() === '') throw new UsageError(`${flag} needs a value; it was given an empty one.`);
    return value;
  };
}

export function profileOption(value: string | undefined): ProfileId | undefined {
  if (value === undefined || isProfileId(value)) return value;
  const ids = profiles.map((p) => p.id);
  throw new UsageError(`Unknown profile '${value}'${didYouMean(value, ids)} Use one of ${ids.join(', ')}.`);
}

export function targetOption(value: string | undefined): ConnectorTarget | undefined {
  if (value === undefined || (connectorTargets as readonly string[]).includes(value)) return value as ConnectorTarget | undefined;
  throw new UsageError(`Unknown target '${value}'${didYouMean(value, connectorTargets)} Use one of ${connectorTargets.join(', ')}.`);
}

export function formatOption(value: string | undefined, allowed: readonly string[] = formatNames): FormatName {
  if (value === undefined) return 'stylish';
  if (allowed.includes(value)) return value as FormatName;
  throw new UsageError(`Unknown format '${value}'${didYouMean(value, allowed)} Use one of ${allowed.join(', ')}.`);
}

/** Most threads a user may ask for; the pool caps the number further by cores and memory. */
export const maxJobs = 256;

export function jobsOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = Number(value);
  if (Number.isInteger(jobs) && jobs >= 1 && jobs <= maxJobs) return jobs;
  throw new UsageError(`--jobs takes a whole number of threads from 1 to ${maxJobs}, not '${value}'.`);
}

/** --max-file-size and --max-string-length: whole numbers, or 'none' for no limit. */
export function limitsOption(fileSize: string | undefined, stringLength: string | undefined): Partial<Limits> | undefined {
  const limits: Partial<Limits> = {};
  if (fileSize !== undefined) limits.maxFileBytes = limitValue('--max-file-size', fileSize);
  if (stringLength !== undefined) limits.maxStringLength = limitValue('--max-string-length', stringLength);
  return Object.keys(limits).length > 0 ? limits : undefined;
}

function limitValue(flag: string, value: string): number {
  if (value === 'none') return Infinity;
  const n = Number(value);
  if (/^\d+$/.test(value) && Number.isSafeInteger(n) && n >= 1) return n;
  throw new UsageError(`${flag} takes a whole number from 1, or 'none', not '${value}'.`);
}

export function failOnOption(value: string | undefined): FailOn {
  if (value === undefined) return 'error';
  if (value === 'error' || value === 'warning' || value === 'never') return value;
  throw new UsageError(`--fail-on takes error, warning or never, not '${value}'.`);
}

/** `diff --fail-on`: a breaking change is the diff's error level (`error` stays accepted for it). */
export function diffFailOnOption(value: string | undefined): FailOn {
  if (value === undefined || value === 'breaking' || value === 'error') return 'error';
  if (value === 'warning' || value === 'never') return value;
  throw new UsageError(`diff --fail-on takes breaking, warning or never, not '${value}'.`);
}

const levels = new Set(['error', 'warning', 'info', 'off']);

/** `check --rule id=level`, repeatable. */
export function ruleOverrides(values: readonly string[] | undefined): Record<string, SeverityOrOff> {
  const out: Record<string, SeverityOrOff> = {};
  const known = rules.map((rule) => rule.id);
  for (const value of values ?? []) {
    const [id, level] = value.split('=');
    if (!id || !level || !levels.has(level)) throw new UsageError(`--rule takes id=error|warning|info|off, not '${value}'.`);
    if (!known.includes(id)) {
      const hint = diffChecks.some((check) => check.id === id) ? ` '${id}' is a diff check; use it with diff.` : ` Run '${toolName} rules' to list them.`;
      throw new UsageError(`Unknown rule '${id}'${didYouMean(id, known)}${hint}`);
    }
    out[id] = level as SeverityOrOff;
  }
  return out;
}

type CheckLevels = NonNullable<DiffOptions['checks']>;
const diffLevels = new Map<string, CheckLevels[string]>([
  ['breaking', 'breaking'],
  ['error', 'breaking'],
  ['warning', 'warning'],
  ['info', 'info'],
  ['off', 'off'],
]);

/** `diff --rule check-id=level`: the diff's own checks (bc-…) only; a check rule there is a mistake, not ignored. */
export function diffCheckOverrides(values: readonly string[] | undefined): CheckLevels {
  const out: CheckLevels = {};
  const known = diffChecks.map((check) => check.id);
  for (const value of values ?? []) {
    const [id, level] = value.split('=');
    const setting = level === undefined ? undefined : diffLevels.get(level);
    if (!id || !setting) throw new UsageError(`diff --rule takes check-id=breaking|warning|info|off, not '${value}'.`);
    if (!known.includes(id)) {
      const hint = rules.some((rule) => rule.id === id) ? ` '${id}' is a rule of check; diff takes its own checks (bc-…).` : '';
      throw new UsageError(`Unknown diff check '${id}'${didYouMean(id, known)}${hint}`);
    }
    out[id] = setting;
  }
  return out;
}

/** A string option; an empty value (`--output=`) is refused rather than read as "not given". */
export const text = (flags: string, description: string) => new Option(flags, description).argParser(nonEmpty(flags.split(' ')[0]!));

/** A repeatable string option, collected in order. */
export const repeatable = (flags: string, description: string) => {
  const check = nonEmpty(flags.split(' ')[0]!);
  return new Option(flags, description).argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), check(value)]);
};

export const formatChoice = () => text('--format <name>', `${formatNames.join(' | ')} (default stylish)`);

export const colorOptions = () => [new Option('--color', 'colours even when standard output is not a terminal'), new Option('--no-color', 'no colours, even on a terminal')];
