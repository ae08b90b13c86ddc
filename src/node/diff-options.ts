import type { Option } from 'commander';
import { diffChecks } from '../diff/index.js';
import { format } from '../format/index.js';
import { diffReport } from '../format/report.js';
import type { Runtime } from './check-command.js';
import { runDiff } from './diff-command.js';
import { colorOptions, diffCheckOverrides, diffFailOnOption, formatChoice, formatOption, repeatable, text } from './option-values.js';
import { exitCode, writeReport } from './output.js';
import { connectorFiles } from './safe-write.js';

// The command line of `diff`: its options and what it does with them. A new option of `diff` goes into `DiffOpts`,
// `diffOptions()` and `diffCommand()`.

/** The options of `diff`, as parsed. */
export interface DiffOpts {
  format?: string;
  output?: string;
  base?: string;
  failOn?: string;
  rule?: string[];
  color?: boolean;
}

/** The options `diff` takes; the check-only ones are refused with a message that names the command that takes them. */
export function diffOptions(): Option[] {
  return [
    formatChoice(),
    text('--output <file>', 'write the report to a file (atomically; never onto a file of either connector)'),
    text('--base <git-rev>', 'read the old version from git; then give one folder'),
    text('--fail-on <level>', 'breaking | warning | never: exit 1 at or above this level (default breaking)'),
    repeatable('--rule <check=level>', `set a diff check (${diffChecks[0]!.id}, ...): breaking | warning | info | off (repeatable)`),
    ...colorOptions(),
  ];
}

/** `diff`: exit 1 when a change reaches --fail-on (breaking changes are errors). */
export async function diffCommand(folders: string[], opts: DiffOpts & { color: boolean }, io: Runtime): Promise<number> {
  const name = formatOption(opts.format);
  const failOn = diffFailOnOption(opts.failOn);
  const checks = diffCheckOverrides(opts.rule);
  const result = await runDiff(folders, { base: opts.base, checks });
  const folder = folders[0]!;
  const report = diffReport({ breaking: result.breaking, changes: result.changes }, {
    base: { folder, ...(opts.base !== undefined && { gitRevision: opts.base }), sources: result.baseSources },
    revision: { folder: opts.base === undefined ? folders[1]! : folder, sources: result.revisionSources },
    checks: diffChecks.flatMap((c) => {
      const level = checks[c.id] ?? c.level;
      return level === 'off' ? [] : [{ id: c.id, description: c.description, severity: changeSeverity[level], docsUrl: c.docsUrl }];
    }),
  });
  const protect = opts.output ? await connectorFiles(folders) : new Set<string>();
  await writeReport(format(report, name, { color: opts.color && !opts.output, root: process.cwd() }), opts.output, io.stdout, protect);
  return exitCode(result.changes, failOn);
}

const changeSeverity = { breaking: 'error', warning: 'warning', info: 'info' } as const;
