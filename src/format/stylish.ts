import type { Finding, ManualCheck, Severity } from '../core/types.js';
import { counted, wordList } from '../parse/wording.js';
import { codeFrame } from './code-frame.js';
import { joinPath } from './paths.js';
import type { CheckReportWriter, FolderResult } from './report.js';
import { secretSpans } from './secret-spans.js';
import { longest, painter, severityStyle, table, type Paint } from './style.js';
import { terminalText as safe } from './terminal-text.js';
import { checkTotals, type TalliedFolder } from './totals.js';

export interface StylishOptions {
  /** ANSI colours; the CLI turns them on only for a terminal. */
  color?: boolean;
  /** Errors only: warnings, info findings and the manual checklist are left out, and the summary says so. */
  quiet?: boolean;
  /** List info findings one by one instead of one line per rule. */
  showInfo?: boolean;
}

/** How many rules the summary of a multi-folder run names. */
const topRules = 5;

/**
 * Human-readable output, folder by folder: findings grouped per file with line:column and, when the report carries the
 * source, the offending line with a caret; info findings counted per rule unless `showInfo`; then a summary (a table
 * when several folders were checked) and the manual checklist. Connector text is printed through `terminalText`. Of
 * a folder only its verdict and each finding's severity and rule are kept, for the summaries (and the first folder's
 * manual checklist).
 */
export function stylishWriter(options: StylishOptions = {}): CheckReportWriter {
  const paint = painter(options.color);
  const listed = (f: Pick<Finding, 'severity'>) => f.severity === 'error' || (!options.quiet && (f.severity === 'warning' || options.showInfo === true));
  const tallies: TalliedFolder[] = [];
  let checklist: ManualCheck[] = [];
  return {
    folder(result) {
      if (tallies.length === 0) checklist = result.manualChecks ?? [];
      tallies.push({ ok: result.ok, findings: result.findings.map(({ severity, ruleId }) => ({ severity, ruleId })) });
      return lines(folderLines(result, listed, paint));
    },
    end: () => lines(summaryLines(tallies, checklist, listed, paint, options)),
  };
}

/** Each line with its line break. */
const lines = (list: readonly string[]) => list.map((line) => line + '\n').join('');

function summaryLines(
  tallies: TalliedFolder[],
  manualChecks: ManualCheck[],
  listed: (f: Pick<Finding, 'severity'>) => boolean,
  paint: Paint,
  options: StylishOptions,
): string[] {
  const out: string[] = [];
  const totals = checkTotals({ results: tallies });
  const { error, warning, info } = totals.counts;
  const infoHidden = !options.quiet && !options.showInfo && info > 0;
  if (infoHidden) out.push(...infoSummary(tallies, paint));
  if (totals.folders > 1) {
    const hidden = (count: number, isHidden: boolean) => (isHidden && count ? `${count} (hidden)` : String(count));
    const rows = [
      ['folders', `${totals.folders} checked, ${totals.folders - totals.failed} passed, ${totals.failed} failed`],
      ['errors', String(error)],
      ['warnings', hidden(warning, options.quiet === true)],
      ['info', hidden(info, !options.showInfo || options.quiet === true)],
    ];
    out.push(paint('bold', 'Summary'), ...table(rows).map((line) => `  ${line}`));
    const shown = checkTotals({ results: tallies.map((t) => ({ ...t, findings: t.findings.filter(listed) })) });
    if (shown.rules.length) {
      out.push('', paint('bold', 'Rules that fired most'));
      const top = shown.rules.slice(0, topRules).map((r) => [safe(r.ruleId), String(r.findings), `in ${counted(r.folders, 'folder')}`]);
      out.push(...table(top, [false, true, false]).map((line) => `  ${line}`));
    }
    out.push('');
  }
  const checklist = options.quiet ? [] : manualChecks;
  const hiddenChecklist = options.quiet === true && manualChecks.length > 0;
  const line = summaryLine(totals.folders, totals.failed, totals.counts, options, hiddenChecklist);
  out.push(paint('bold', paint(error ? 'red' : warning && !options.quiet ? 'yellow' : 'green', line)));
  if (checklist.length) {
    out.push('', paint('bold', 'Before you open the pull request, check by hand:'));
    for (const check of checklist) out.push(`  [ ] ${safe(check.requirement)} ${paint('dim', safe(check.id))}`);
  }
  return out;
}

/**
 * `✔ passed: 0 errors, 14 warnings; 111 suggestions (info) hidden, --show-info to list them`, or with `quiet`
 * `✖ failed: 2 errors; 14 warnings, 111 suggestions (info) and the manual checklist hidden by --quiet`.
 */
function summaryLine(
  folders: number,
  failed: number,
  counts: Record<Severity, number>,
  options: StylishOptions,
  hiddenChecklist: boolean,
): string {
  const { error, warning, info } = counts;
  const verdict = failed
    ? `\u2716 ${folders > 1 ? `${failed} of ${folders} folders failed` : 'failed'}`
    : `\u2714 ${folders > 1 ? `${folders} folders passed` : 'passed'}`;
  const errors = counted(error, 'error');
  const warnings = counted(warning, 'warning');
  const suggestions = `${counted(info, 'suggestion')} (info)`;
  if (options.quiet) {
    const hidden = [...(warning ? [warnings] : []), ...(info ? [suggestions] : []), ...(hiddenChecklist ? ['the manual checklist'] : [])];
    return hidden.length ? `${verdict}: ${errors}; ${wordList(hidden, 'and')} hidden by --quiet` : `${verdict}: ${errors}`;
  }
  if (options.showInfo || info === 0) return `${verdict}: ${errors}, ${warnings}${info ? `, ${suggestions}` : ''}`;
  return `${verdict}: ${errors}, ${warnings}; ${suggestions} hidden, --show-info to list them`;
}

/** One line per rule with info findings (most first) instead of the findings themselves. */
function infoSummary(tallies: TalliedFolder[], paint: Paint): string[] {
  const counts = new Map<string, number>();
  for (const result of tallies) {
    for (const f of result.findings) if (f.severity === 'info') counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  }
  const rows = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([ruleId, count]) => [safe(ruleId), String(count)]);
  return [paint('bold', 'Suggestions (info), counted per rule:'), ...table(rows, [false, true]).map((line) => `  ${paint('blue', line)}`), ''];
}

function folderLines(result: FolderResult, listed: (f: Pick<Finding, 'severity'>) => boolean, paint: Paint): string[] {
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    if (!listed(finding)) continue;
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  for (const [file, findings] of byFile) {
    // Reading order: by position in the file (findings without a range first), not by pointer as in the JSON output.
    findings.sort((a, b) => (a.range?.start.offset ?? -1) - (b.range?.start.offset ?? -1));
    out.push(paint('underline', safe(joinPath(result.folder, file))));
    const where = findings.map((f) => safe(f.range ? `${f.range.start.line}:${f.range.start.column}` : f.pointer || '-'));
    const w0 = Math.min(longest(where), 40);
    const w1 = longest(findings.map((f) => f.severity));
    const source = result.sources?.[file];
    // Secret rules' findings count even when not listed (quiet, info), so no frame shows what they found.
    const secrets = source === undefined ? [] : secretSpans(file, source, result.findings);
    findings.forEach((f, i) => {
      const style = severityStyle[f.severity as Severity];
      out.push(`  ${paint('dim', where[i]!.padEnd(w0))}  ${paint(style, f.severity.padEnd(w1))}  ${safe(f.message)}  ${paint('dim', safe(f.ruleId))}`);
      if (source !== undefined && f.range) {
        const [line, carets] = codeFrame(source, f.range, secrets);
        if (line && carets) out.push(`    ${paint('dim', line)}`, `    ${paint(style, carets)}`);
      }
    });
    out.push('');
  }
  return out;
}
