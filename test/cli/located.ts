import { expect } from 'vitest';
import { checkReportWriter, formatNames, type FormatName } from '../../src/format/index.js';
import { folderResult, type FolderEntry } from '../../src/format/report.js';
import { locatedSeverities } from '../../src/node/check-command.js';
import { runJob, type CheckJob } from '../../src/node/check-job.js';
import type { SeverityOrOff } from '../../src/core/types.js';

const flagSets = [
  { quiet: false, showInfo: false },
  { quiet: true, showInfo: false },
  { quiet: false, showInfo: true },
  { quiet: true, showInfo: true },
];

/** What the CLI writes for one folder's outcome in a format: the folder's text and the end. */
function formatted(name: FormatName, entry: FolderEntry, options: { quiet: boolean; showInfo: boolean }): string {
  const writer = checkReportWriter(name, { color: false, root: process.cwd(), ...options });
  return writer.folder(folderResult(entry)) + writer.end();
}

export async function outcome(job: CheckJob): Promise<FolderEntry> {
  const done = await runJob(job);
  if ('error' in done) throw new Error(done.error);
  return { folder: done.folder, result: done.result, sources: done.sources };
}

/**
 * Checks a folder as the CLI does for every format and combination of --quiet and --show-info, with the ranges it
 * leaves out and with every finding located, and expects the same text from both.
 */
export async function expectSameReports(folder: string, rules: Record<string, SeverityOrOff> = {}, names: readonly FormatName[] = formatNames): Promise<void> {
  // Each job once: the outcome depends only on what is located and whether sources are kept.
  const outcomes = new Map<string, Promise<FolderEntry>>();
  const check = (job: CheckJob) => {
    const key = JSON.stringify([job.located, job.sources]);
    if (!outcomes.has(key)) outcomes.set(key, outcome(job));
    return outcomes.get(key)!;
  };
  for (const name of names) {
    for (const flags of flagSets) {
      const job: CheckJob = { folder, options: { profile: 'independent-publisher', rules }, sources: name === 'stylish' };
      const skipped = await check({ ...job, located: locatedSeverities({ format: name, ...flags }) });
      const full = await check(job);
      expect(formatted(name, skipped, flags), `${folder} ${name} ${JSON.stringify(flags)}`).toBe(formatted(name, full, flags));
    }
  }
}
