import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { rules, validateConnector } from '../index.js';
import { isProfileId, profiles } from '../core/profiles.js';
import type { ProfileId, SeverityOrOff } from '../core/types.js';
import { format, formatNames, type FormatName } from '../format/index.js';
import { checkReport } from '../format/report.js';
import { toolName, version } from '../version.js';
import { loadConnector, LoadError } from './load.js';

/** A mistake in the command line: printed as one line, exit code 2. */
export class UsageError extends Error {}

const usage = `Usage: ${toolName} <command> [options]

Commands:
  check <folder>...   check connector folders against the certification rules
  rules               list the rules with their severity per profile

Options:
  --profile <id>        ${profiles.map((p) => p.id).join(' | ')} (default independent-publisher)
  --format <name>       ${formatNames.join(' | ')} (default stylish)
  --rule <id=level>     override a rule: error | warning | info | off (repeatable)
  --fail-on <level>     error | warning | never: exit 1 at or above this level (default error)
  --output <file>       write the report to a file instead of standard output
  --quiet               report errors only
  --no-color            no colours, even on a terminal
  --version, --help`;

const options = {
  profile: { type: 'string' },
  format: { type: 'string' },
  rule: { type: 'string', multiple: true },
  'fail-on': { type: 'string' },
  output: { type: 'string' },
  quiet: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  color: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type FailOn = 'error' | 'warning' | 'never';

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
  const { values, positionals } = parsed;
  if (values.version) return print(`${version}\n`);
  const [command, ...args] = positionals;
  if (values.help || !command) return print(`${usage}\n`);
  const profile = profileOption(values.profile);
  switch (command) {
    case 'check':
      return check(args, profile, values);
    case 'rules':
      return print(listRules());
    default:
      throw new UsageError(`Unknown command '${command}'. Run '${toolName} --help' for the commands.`);
  }
}

async function check(folders: string[], profile: ProfileId, values: Record<string, unknown>): Promise<number> {
  if (folders.length === 0) throw new UsageError('check needs at least one connector folder.');
  const formatName = formatOption(values.format);
  const failOn = failOnOption(values['fail-on']);
  const overrides = ruleOverrides(values.rule as string[] | undefined);
  const results = [];
  for (const folder of folders) {
    const input = await loadConnector(folder);
    const result = validateConnector(input, { profile, rules: overrides });
    if (values.quiet) result.findings = result.findings.filter((f) => f.severity === 'error');
    results.push({ folder, result });
  }
  const color = !values['no-color'] && (values.color === true || (process.stdout.isTTY && !process.env.NO_COLOR));
  const text = format(checkReport(results), formatName, { color: Boolean(color) && !values.output });
  if (typeof values.output === 'string') await writeFile(values.output, text);
  else await write(text);
  const findings = results.flatMap(({ result }) => result.findings);
  const failing =
    failOn === 'never' ? false : findings.some((f) => f.severity === 'error' || (failOn === 'warning' && f.severity === 'warning'));
  return failing ? 1 : 0;
}

function listRules(): string {
  const ids: ProfileId[] = profiles.map((p) => p.id);
  const rows = rules.map((rule) => [rule.id, rule.area, ...ids.map((id) => rule.severity[id] ?? 'off')]);
  const header = ['rule', 'area', ...ids];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

function profileOption(value: unknown): ProfileId {
  if (value === undefined) return 'independent-publisher';
  if (isProfileId(value)) return value;
  throw new UsageError(`Unknown profile '${String(value)}'; use one of ${profiles.map((p) => p.id).join(', ')}.`);
}

function formatOption(value: unknown): FormatName {
  if (value === undefined) return 'stylish';
  if ((formatNames as readonly unknown[]).includes(value)) return value as FormatName;
  throw new UsageError(`Unknown format '${String(value)}'; use one of ${formatNames.join(', ')}.`);
}

function failOnOption(value: unknown): FailOn {
  if (value === undefined) return 'error';
  if (value === 'error' || value === 'warning' || value === 'never') return value;
  throw new UsageError(`--fail-on takes error, warning or never, not '${String(value)}'.`);
}

const levels = new Set(['error', 'warning', 'info', 'off']);

function ruleOverrides(values: string[] | undefined): Record<string, SeverityOrOff> {
  const out: Record<string, SeverityOrOff> = {};
  const known = new Set(rules.map((rule) => rule.id));
  for (const value of values ?? []) {
    const [id, level] = value.split('=');
    if (!id || !level || !levels.has(level)) throw new UsageError(`--rule takes id=error|warning|info|off, not '${value}'.`);
    if (!known.has(id)) throw new UsageError(`Unknown rule '${id}'. Run '${toolName} rules' to list them.`);
    out[id] = level as SeverityOrOff;
  }
  return out;
}

function print(text: string): number {
  process.stdout.write(text);
  return 0;
}

function write(text: string): Promise<void> {
  return new Promise((resolve) => process.stdout.write(text, () => resolve()));
}
