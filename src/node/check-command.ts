import { validateConnector } from '../index.js';
import { rules as catalogue } from '../rules/catalogue.js';
import { defaultProfile } from '../core/profiles.js';
import { activeRules, type BaselineEntry } from '../core/validate.js';
import type { ConnectorTarget, Finding, ProfileId, Severity, SeverityOrOff } from '../core/types.js';
import type { FormatName } from '../format/index.js';
import type { Limits } from '../parse/limits.js';
import type { ReportRule } from '../format/report.js';
import { builtInRules } from '../rules/index.js';
import { readBaseline, type Baseline } from './baseline.js';
import { foldersChangedSince } from './changed.js';
import { loadConnectorAtRevision } from './git.js';
import type { CheckJob } from './check-job.js';
import { findConfig, folderSettings, loadConfig, type LoadedConfig } from './config.js';
import { UsageError } from './errors.js';
import { openFolder, syncReads } from './load.js';
import { exitCode, writeReport, type FailOn } from './output.js';
import { checkAndReport, type ReportPlan } from './check-report.js';
import { connectorFiles } from './safe-write.js';
import { fixFolder, writeFixes, type FolderFix } from './fix-folder.js';
import { fixSummary } from './fix-summary.js';
import { unifiedDiff } from './fix-diff.js';
import { findConnectorFolders } from './recursive.js';
import type { OutputStream } from './stdout.js';

export interface CheckFlags {
  /** From --profile: wins over the config. */
  profile?: ProfileId;
  /** From --target: the certification package (default) or a repository folder. */
  target?: ConnectorTarget;
  /** From --rule: win over the config. */
  rules: Record<string, SeverityOrOff>;
  format: FormatName;
  failOn: FailOn;
  quiet: boolean;
  /** From --show-info: list info findings in full (stylish summarises them otherwise). */
  showInfo: boolean;
  color: boolean;
  output?: string;
  config?: string;
  baseline?: string;
  writeBaseline?: string;
  recursive: boolean;
  changedSince?: string;
  newOnly: boolean;
  /** From --jobs: threads checking folders. */
  jobs?: number;
  /** From --max-file-size and --max-string-length. */
  limits?: Partial<Limits>;
  /** From --fix (rewrite the files, then report what is left) or --fix-dry-run (print the fixes as a diff). */
  fix?: 'write' | 'dry-run';
}

export interface Runtime {
  /** The CLI bundle, to start worker threads from; without it, folders are checked in this thread. */
  workerUrl?: URL;
  /** The bin's `import()`, for the language server: the commands' bundle, a script, has none of its own. */
  importModule?: (href: string) => Promise<unknown>;
  stdout: OutputStream;
  stderr: NodeJS.WriteStream;
}

/** `check`: finds the folders, applies config and baselines, checks them in a pool and prints one report. */
export async function checkCommand(args: string[], flags: CheckFlags, runtime: Runtime): Promise<number> {
  if (args.length === 0) throw new UsageError('check needs at least one connector folder.');
  if (flags.newOnly && !flags.changedSince) throw new UsageError('--new-only needs --changed-since <git-rev>.');
  let folders = await listFolders(args, flags.recursive);
  // Taken before --changed-since narrows the list: no folder given is ever written over.
  const protect = flags.output || flags.writeBaseline ? await connectorFiles(folders) : new Set<string>();
  const configPath = flags.config ?? (await findConfig(args[0]!));
  const config = configPath ? await loadConfig(configPath, catalogue.map((rule) => rule.id)) : undefined;
  if (flags.changedSince) folders = await foldersChangedSince(folders, flags.changedSince);
  // The report is written folder by folder: a folder given that cannot be read must stop the run before any of it.
  if (!flags.recursive) for (const folder of folders) await openFolder(folder, syncReads);
  const baseline = flags.baseline && !flags.writeBaseline ? await readBaseline(flags.baseline) : undefined;

  // One folder at a time: with --new-only each plan runs git, and a large change must not start hundreds at once.
  const plans: ReportPlan[] = [];
  for (const folder of folders) plans.push(await plan(folder, flags, config, baseline));
  if (flags.fix) {
    const fixes = await fixFolders(plans, flags, runtime);
    if (flags.fix === 'dry-run') {
      await writeReport(unifiedDiff(fixes.flatMap((fix) => fix.files), flags.color && !flags.output), flags.output, runtime.stdout, protect);
      return exitCode(fixes.flatMap((fix) => fix.remaining), flags.failOn);
    }
  }
  return checkAndReport(plans, flags, runtime, protect);
}

/**
 * Applies the fixes of the findings the report would show, folder by folder, and with `--fix` writes the files; a
 * summary goes to stderr. What is left is then checked and reported as usual (for `--fix`) or only counted.
 */
async function fixFolders(plans: ReportPlan[], flags: CheckFlags, runtime: Runtime): Promise<FolderFix[]> {
  const fixes: FolderFix[] = [];
  for (const { job, ignore } of plans) {
    const shown = (finding: Finding) => !ignore(finding) && (!flags.quiet || finding.severity === 'error');
    const fix = await fixFolder(job.folder, { options: job.options, limits: job.limits, shown });
    if (flags.fix === 'write') await writeFixes(fix);
    fixes.push(fix);
  }
  if (!flags.quiet) runtime.stderr.write(fixSummary(fixes, flags.fix === 'dry-run'));
  return fixes;
}

async function listFolders(args: string[], recursive: boolean): Promise<string[]> {
  if (!recursive) return args;
  const out: string[] = [];
  for (const arg of args) {
    const found = await findConnectorFolders(arg);
    if (found.length === 0) throw new UsageError(`No connector folder (apiDefinition.swagger.json or apiProperties.json) below '${arg}'.`);
    out.push(...found);
  }
  return out;
}

/** Settings for one folder: CLI flags over config overrides over the config's top level. */
async function plan(folder: string, flags: CheckFlags, config: LoadedConfig | undefined, baseline: Baseline | undefined): Promise<ReportPlan> {
  const settings = folderSettings(config, folder);
  const profile = flags.profile ?? settings.profile ?? defaultProfile;
  const rules = { ...settings.rules, ...flags.rules };
  const accepted: BaselineEntry[] = [...(baseline?.entriesFor(folder) ?? [])];
  const target = flags.target;
  if (flags.newOnly && flags.changedSince) accepted.push(...(await findingsAtRevision(folder, flags.changedSince, { profile, rules, target })));
  return {
    job: {
      folder,
      options: { profile, rules, target, baseline: accepted },
      limits: flags.limits,
      sources: flags.format === 'stylish',
      readsSync: !flags.recursive,
      located: locatedSeverities(flags),
    },
    rules: rulesThatRan(profile, rules, target),
    ignore: settings.ignore,
  };
}

/** What the folder reported at the revision, with the same settings: the baseline for --new-only. */
async function findingsAtRevision(folder: string, rev: string, options: CheckJob['options']): Promise<Finding[]> {
  const input = await loadConnectorAtRevision(folder, rev);
  // A folder that did not exist then reads as empty: everything in it is new.
  return input.files.length ? validateConnector(input, options).findings : [];
}

/**
 * The severities whose findings the report prints with a position: with --quiet, errors (every format gets those
 * alone; stylish counts the rest); stylish lists errors and warnings and counts info findings unless --show-info.
 * Otherwise every format prints every range.
 */
export function locatedSeverities(flags: Pick<CheckFlags, 'format' | 'quiet' | 'showInfo'>): Severity[] | undefined {
  if (flags.quiet) return ['error'];
  return flags.format === 'stylish' && !flags.showInfo ? ['error', 'warning'] : undefined;
}

const ranCache = new Map<string, ReportRule[]>();

function rulesThatRan(profile: ProfileId, rules: Record<string, SeverityOrOff>, target: ConnectorTarget | undefined): ReportRule[] {
  const key = JSON.stringify([profile, rules, target]);
  let ran = ranCache.get(key);
  if (!ran) {
    const docs = new Map(catalogue.map((rule) => [rule.id, rule.docsUrl]));
    ran = activeRules(builtInRules, profile, rules, target).map(({ rule, severity }) => ({
      id: rule.meta.id,
      description: rule.meta.description,
      severity,
      docsUrl: docs.get(rule.meta.id),
    }));
    ranCache.set(key, ran);
  }
  return ran;
}
