import { parseArgs } from 'node:util';
import { rules } from '../index.js';
import { isProfileId, profiles } from '../core/profiles.js';
import type { ProfileId, SeverityOrOff } from '../core/types.js';
import { formatNames, type FormatName } from '../format/index.js';
import { toolName, version } from '../version.js';
import { diffChecks } from '../diff/index.js';
import { format } from '../format/index.js';
import { diffReport } from '../format/report.js';
import { checkCommand, type Runtime } from './check-command.js';
import { runDiff } from './diff-command.js';
import { UsageError } from './errors.js';
import { exitCode, writeReport, type FailOn } from './output.js';
import { didYouMean } from './suggest.js';

export { UsageError } from './errors.js';

const usage = `Usage: ${toolName} <command> [options]

Commands:
  check <folder>...                 check connector folders against the certification rules
  diff <old-folder> <new-folder>    list the changes between two versions of a connector
  diff --base <git-rev> <folder>    the same, against the folder as it was at a git revision
  rules                             list the rules with their severity per profile

Options:
  --profile <id>             ${profiles.map((p) => p.id).join(' | ')} (default independent-publisher)
  --format <name>            ${formatNames.join(' | ')} (default stylish)
  --rule <id=level>          override a rule: error | warning | info | off (repeatable)
  --fail-on <level>          error | warning | never: exit 1 at or above this level (default error)
  --output <file>            write the report to a file instead of standard output
  --config <file>            settings file (default: connector-certify.config.json in the first folder or above)
  --baseline <file>          hide the findings recorded in this baseline
  --write-baseline <file>    record today's findings as the baseline, then report none of them
  --recursive                check every connector folder below the folders given
  --changed-since <git-rev>  check only the connector folders changed since this revision
  --new-only                 with --changed-since: report only findings the folder did not have at that revision
  --base <git-rev>           diff: read the old version from git
  --jobs <n>                 threads checking folders (default: one per core but one, and 1 on 2 cores)
  --quiet                    report errors only
  --no-color                 no colours, even on a terminal
  --version, --help

Exit codes: 0 passed, 1 findings at or above --fail-on, 2 usage or I/O error.`;

const options = {
  profile: { type: 'string' },
  format: { type: 'string' },
  rule: { type: 'string', multiple: true },
  'fail-on': { type: 'string' },
  output: { type: 'string' },
  config: { type: 'string' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  recursive: { type: 'boolean', short: 'r' },
  'changed-since': { type: 'string' },
  'new-only': { type: 'boolean' },
  base: { type: 'string' },
  jobs: { type: 'string' },
  quiet: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  color: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/**
 * Runs the CLI and resolves to the exit code. Mistakes reject with `UsageError` or `LoadError`, whose message is the
 * one line to print. `runtime` lets the bin entry hand over itself as the worker script, and tests their streams.
 */
export async function main(argv: string[], runtime: Partial<Runtime> = {}): Promise<number> {
  const io: Runtime = { stdout: process.stdout, stderr: process.stderr, ...runtime };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
  const { values, positionals } = parsed;
  if (values.version) return print(io, `${version}\n`);
  const [command, ...args] = positionals;
  if (values.help || !command) return print(io, `${usage}\n`);
  const profile = values.profile === undefined ? undefined : profileOption(values.profile);
  const color = !values['no-color'] && (values.color === true || (io.stdout.isTTY === true && !process.env.NO_COLOR));
  switch (command) {
    case 'check':
      return checkCommand(
        args,
        {
          profile,
          rules: ruleOverrides(values.rule),
          format: formatOption(values.format),
          failOn: failOnOption(values['fail-on']),
          quiet: values.quiet === true,
          color,
          output: values.output,
          config: values.config,
          baseline: values.baseline,
          writeBaseline: values['write-baseline'],
          recursive: values.recursive === true,
          changedSince: values['changed-since'],
          newOnly: values['new-only'] === true,
          jobs: jobsOption(values.jobs),
        },
        io,
      );
    case 'diff':
      return diff(args, { ...values, color }, io);
    case 'rules':
      return print(io, listRules());
    default:
      throw new UsageError(`Unknown command '${command}'${didYouMean(command, ['check', 'diff', 'rules'])} Run '${toolName} --help' for the commands.`);
  }
}

const changeSeverity = { breaking: 'error', warning: 'warning', info: 'info' } as const;

/** `diff`: exit 1 when a change reaches --fail-on (breaking changes are errors). */
async function diff(args: string[], values: { format?: string; output?: string; base?: string; 'fail-on'?: string; color: boolean }, io: Runtime): Promise<number> {
  const name = formatOption(values.format);
  const failOn = failOnOption(values['fail-on']);
  const result = await runDiff(args, { base: values.base });
  const folder = args[0]!;
  const report = diffReport({ breaking: result.breaking, changes: result.changes }, {
    base: { folder, ...(values.base !== undefined && { gitRevision: values.base }), sources: result.baseSources },
    revision: { folder: values.base === undefined ? args[1]! : folder, sources: result.revisionSources },
    checks: diffChecks.map((c) => ({ id: c.id, description: c.description, severity: changeSeverity[c.level], docsUrl: c.docsUrl })),
  });
  await writeReport(format(report, name, { color: values.color && !values.output, root: process.cwd() }), values.output, io.stdout);
  return exitCode(result.changes, failOn);
}

function listRules(): string {
  const ids: ProfileId[] = profiles.map((p) => p.id);
  const rows = rules.map((rule) => [rule.id, rule.area, ...ids.map((id) => rule.severity[id] ?? 'off')]);
  const header = ['rule', 'area', ...ids];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}

function profileOption(value: string): ProfileId {
  if (isProfileId(value)) return value;
  const ids = profiles.map((p) => p.id);
  throw new UsageError(`Unknown profile '${value}'${didYouMean(value, ids)} Use one of ${ids.join(', ')}.`);
}

function formatOption(value: string | undefined): FormatName {
  if (value === undefined) return 'stylish';
  if ((formatNames as readonly string[]).includes(value)) return value as FormatName;
  throw new UsageError(`Unknown format '${value}'${didYouMean(value, formatNames)} Use one of ${formatNames.join(', ')}.`);
}

function jobsOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = Number(value);
  if (Number.isInteger(jobs) && jobs >= 1 && jobs <= 256) return jobs;
  throw new UsageError(`--jobs takes a whole number of threads from 1 to 256, not '${value}'.`);
}

function failOnOption(value: string | undefined): FailOn {
  if (value === undefined) return 'error';
  if (value === 'error' || value === 'warning' || value === 'never') return value;
  throw new UsageError(`--fail-on takes error, warning or never, not '${value}'.`);
}

const levels = new Set(['error', 'warning', 'info', 'off']);

function ruleOverrides(values: string[] | undefined): Record<string, SeverityOrOff> {
  const out: Record<string, SeverityOrOff> = {};
  const known = rules.map((rule) => rule.id);
  for (const value of values ?? []) {
    const [id, level] = value.split('=');
    if (!id || !level || !levels.has(level)) throw new UsageError(`--rule takes id=error|warning|info|off, not '${value}'.`);
    if (!known.includes(id)) throw new UsageError(`Unknown rule '${id}'${didYouMean(id, known)} Run '${toolName} rules' to list them.`);
    out[id] = level as SeverityOrOff;
  }
  return out;
}

function print(io: Runtime, text: string): number {
  io.stdout.write(text);
  return 0;
}
