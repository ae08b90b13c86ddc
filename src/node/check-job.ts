import { activeRules, validateWith, type ValidateOptions } from '../core/validate.js';
import type { ActiveRule } from '../core/engine.js';
import { defaultProfile } from '../core/profiles.js';
import type { Severity, ValidationResult } from '../core/types.js';
import { builtInRules } from '../rules/index.js';
import { secretRuleIds } from '../rules/shared/secrets.js';
import type { Limits } from '../parse/limits.js';
import type { SourceTexts } from '../format/report.js';
import { callbackReads, LoadError, readConnector, syncReads } from './load.js';

/** One folder to check. Plain data, so it can cross to a worker thread. */
export interface CheckJob {
  folder: string;
  options: Pick<ValidateOptions, 'profile' | 'rules' | 'target' | 'baseline'>;
  /** From --max-file-size and --max-string-length. */
  limits?: Partial<Limits>;
  /** Return the texts of the files that have findings with a position, for code frames. */
  sources: boolean;
  /** Read the folder with synchronous calls (the folders named on the command line; `FolderReads` says why). */
  readsSync?: boolean;
  /** The severities whose findings the report shows with a position; without it, every finding is located. */
  located?: readonly Severity[];
}

export type JobOutcome = { folder: string; result: ValidationResult; sources?: SourceTexts } | { folder: string; error: string };

/** Loads and checks one folder; a folder that cannot be read becomes an outcome with an error, not a throw. */
export async function runJob(job: CheckJob): Promise<JobOutcome> {
  let input;
  try {
    input = await readConnector(job.folder, job.readsSync ? syncReads : callbackReads, { limits: job.limits });
  } catch (error) {
    if (error instanceof LoadError) return { folder: job.folder, error: error.message };
    throw error;
  }
  const result = validateWith(builtInRules, input, job.options, job.located && rulesLocating(job.located, job.options));
  if (!job.sources) return { folder: job.folder, result };
  const wanted = new Set(result.findings.filter((f) => f.range).map((f) => f.file));
  const sources: SourceTexts = {};
  for (const file of input.files) if (wanted.has(file.name) && 'text' in file) sources[file.name] = file.text;
  return { folder: job.folder, result, sources };
}

/**
 * The rules that run, those whose findings the report never shows with a position marked to report them without one:
 * the default stylish output only counts info findings, and locating them was a tenth of the first validation of a
 * large connector. A secret rule's findings keep theirs at any severity: code frames star the values they point at.
 */
function rulesLocating(located: readonly Severity[], { profile = defaultProfile, rules, target }: CheckJob['options']): ActiveRule[] {
  return activeRules(builtInRules, profile, rules, target).map((active) =>
    located.includes(active.severity) || secretRuleIds.has(active.rule.meta.id) ? active : { ...active, bare: true },
  );
}
