import { diffConnectors } from '../diff/index.js';
import type { DiffOptions } from '../diff/run.js';
import type { DiffResult } from '../diff/types.js';
import type { SourceTexts } from '../format/report.js';
import type { ConnectorInput } from '../parse/connector.js';
import { loadConnectorAtRevision } from './git.js';
import { loadConnector, LoadError } from './load.js';

export interface DiffCommandOptions {
  /** A git revision to read the base version from; the one positional folder is then the revision. */
  base?: string;
  /** Per-check levels, or `'off'`, from `--rule`. */
  checks?: DiffOptions['checks'];
}

/** A diff result with the names of the two versions, and the texts the changes point into, for reports. */
export type DiffCommandResult = DiffResult & {
  baseLabel: string;
  revisionLabel: string;
  baseSources: SourceTexts;
  revisionSources: SourceTexts;
};

/**
 * The `diff` command without its output: `diff <old-folder> <new-folder>`, or `diff --base <git-rev> <folder>`.
 * Throws `LoadError` (one line, for exit code 2) when the folders are not given right or cannot be read.
 */
export async function runDiff(positionals: string[], options: DiffCommandOptions): Promise<DiffCommandResult> {
  if (options.base !== undefined) {
    if (positionals.length !== 1) throw new LoadError('diff --base <git-rev> takes exactly one connector folder.');
    const folder = positionals[0]!;
    const [base, revision] = await Promise.all([loadConnectorAtRevision(folder, options.base), loadConnector(folder)]);
    return diffLoaded(base, revision, `${folder} at ${options.base}`, folder, options);
  }
  if (positionals.length !== 2) throw new LoadError('diff takes two connector folders (old, then new), or --base <git-rev> and one folder.');
  const [oldFolder, newFolder] = positionals as [string, string];
  const [base, revision] = await Promise.all([loadConnector(oldFolder), loadConnector(newFolder)]);
  return diffLoaded(base, revision, oldFolder, newFolder, options);
}

function diffLoaded(base: ConnectorInput, revision: ConnectorInput, baseLabel: string, revisionLabel: string, options: DiffCommandOptions): DiffCommandResult {
  return { ...diffConnectors(base, revision, { checks: options.checks }), baseLabel, revisionLabel, baseSources: textsOf(base), revisionSources: textsOf(revision) };
}

/** The JSON texts of a connector, for code frames (the changes point into them). */
function textsOf(input: ConnectorInput): SourceTexts {
  const out: SourceTexts = {};
  for (const file of input.files) if (file.type === 'json') out[file.name] = file.text;
  return out;
}
