import { validateConnector } from '../index.js';
import type { ValidateOptions } from '../core/validate.js';
import type { ValidationResult } from '../core/types.js';
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
  const result = validateConnector(input, job.options);
  if (!job.sources) return { folder: job.folder, result };
  const wanted = new Set(result.findings.filter((f) => f.range).map((f) => f.file));
  const sources: SourceTexts = {};
  for (const file of input.files) if (wanted.has(file.name) && 'text' in file) sources[file.name] = file.text;
  return { folder: job.folder, result, sources };
}
