import type { Finding, ValidationResult } from '../core/types.js';
import { checkReportWriter, type FormatOptions } from '../format/index.js';
import { folderResult, type ReportRule } from '../format/report.js';
import { writeBaseline } from './baseline.js';
import type { CheckFlags, Runtime } from './check-command.js';
import type { CheckJob } from './check-job.js';
import { LoadError } from './load.js';
import { exitCode, reportSink } from './output.js';
import type { ProtectedFiles } from './safe-write.js';
import { runJobs, type Deliver } from './pool.js';
import { progressBar } from './progress.js';

/** One folder to check, with what the report needs of its settings. */
export interface ReportPlan {
  job: CheckJob;
  rules: ReportRule[];
  ignore: (finding: Finding) => boolean;
}

/**
 * Checks the folders and writes the report folder by folder, in the order of `plans`, as each is checked: nothing of
 * a folder is kept once its text is written (for json and stylish; the other formats keep every result until the end).
 * With `--write-baseline`, the baseline takes every finding and the report, written after it, shows none. Returns the
 * exit code.
 */
export async function checkAndReport(plans: readonly ReportPlan[], flags: CheckFlags, runtime: Runtime, protect: ProtectedFiles): Promise<number> {
  const options: FormatOptions = { color: flags.color && !flags.output, root: process.cwd(), quiet: flags.quiet, showInfo: flags.showInfo };
  const writer = checkReportWriter(flags.format, options);
  const sink = reportSink(flags.output, runtime.stdout, protect, flags.writeBaseline !== undefined);
  const sharesTerminal = flags.output === undefined && runtime.stdout.isTTY === true;
  const progress = progressBar(() => runtime.stderr, plans.length);
  const accepted: Array<{ folder: string; findings: Finding[] }> = [];
  let code = 0;
  let done = 0;
  let findings = 0;
  const deliver: Deliver = async (outcome, i) => {
    if ('error' in outcome) throw new LoadError(outcome.error);
    const { ignore, rules } = plans[i]!;
    let result = keep(outcome.result, (f) => !ignore(f));
    if (flags.writeBaseline) {
      accepted.push({ folder: outcome.folder, findings: result.findings });
      // Everything found is now accepted: report what a run with this baseline would show.
      result = keep(result, () => false);
    }
    const shown = flags.quiet ? keep(result, (f) => f.severity === 'error') : result;
    code = Math.max(code, exitCode(shown.findings, flags.failOn));
    // Stylish takes every finding with `quiet`, to say how many it hides; the other formats get errors only.
    const entry = { folder: outcome.folder, result: flags.format === 'stylish' ? result : shown, rules, sources: outcome.sources };
    const piece = writer.folder(folderResult(entry));
    if (piece && sharesTerminal) progress.clear();
    await sink.write(piece);
    done += 1;
    findings += outcome.result.findings.length;
    progress.update(done, findings);
  };
  await runJobs(
    plans.map((p) => p.job),
    deliver,
    { workerUrl: runtime.workerUrl, threads: flags.jobs },
  );
  progress.clear();
  if (flags.writeBaseline) {
    const count = await writeBaseline(flags.writeBaseline, accepted, protect);
    runtime.stderr.write(`Wrote ${count} ${count === 1 ? 'finding' : 'findings'} to the baseline '${flags.writeBaseline}'.\n`);
  }
  await sink.write(writer.end());
  await sink.close();
  return code;
}

/** A result with only the findings `predicate` keeps, its counts and verdict recomputed. */
function keep(result: ValidationResult, predicate: (finding: Finding) => boolean): ValidationResult {
  const findings = result.findings.filter(predicate);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return { ...result, findings, counts, ok: counts.error === 0 };
}
