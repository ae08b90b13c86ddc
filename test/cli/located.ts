import { expect } from 'vitest';
import { formatNames, type FormatName } from '../../src/format/index.js';
import type { SeverityOrOff } from '../../src/core/types.js';
import { locatedSeverities, type CheckFlags } from '../../src/node/check-command.js';
import { checkAndReport } from '../../src/node/check-report.js';
import type { OutputStream } from '../../src/node/stdout.js';

const flagSets = [
  { quiet: false, showInfo: false },
  { quiet: true, showInfo: false },
  { quiet: false, showInfo: true },
  { quiet: true, showInfo: true },
];

/** The report `check` writes for one folder in this thread: with `skip`, without the ranges it never prints. */
async function report(folder: string, flags: CheckFlags, skip: boolean): Promise<string> {
  let text = '';
  const stdout: OutputStream = {
    write(piece, done) {
      text += String(piece);
      done(null);
    },
  };
  const job = {
    folder,
    options: { profile: 'independent-publisher' as const, rules: flags.rules },
    sources: flags.format === 'stylish',
    located: skip ? locatedSeverities(flags) : undefined,
  };
  const stderr = { write: () => true } as unknown as NodeJS.WriteStream;
  await checkAndReport([{ job, rules: [], ignore: () => false }], flags, { stdout, stderr }, new Set());
  return text;
}

/**
 * Checks a folder as the CLI does, in every format and combination of --quiet and --show-info that leaves ranges out,
 * with them left out and with every finding located, and expects the same text from both.
 */
export async function expectSameReports(folder: string, rules: Record<string, SeverityOrOff> = {}, names: readonly FormatName[] = formatNames): Promise<void> {
  for (const format of names) {
    for (const { quiet, showInfo } of flagSets) {
      const flags: CheckFlags = { format, quiet, showInfo, rules, failOn: 'error', color: false, recursive: false, newOnly: false };
      // Nothing left out, or the same report as without --show-info (which only stylish reads).
      if (locatedSeverities(flags) === undefined || (showInfo && format !== 'stylish')) continue;
      const skipped = await report(folder, flags, true);
      expect(skipped, `${folder} ${format} ${JSON.stringify({ quiet, showInfo })}`).toBe(await report(folder, flags, false));
    }
  }
}
