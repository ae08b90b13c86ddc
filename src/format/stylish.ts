import type { Finding, Severity } from '../core/types.js';
import { codeFrame } from './code-frame.js';
import { joinPath } from './paths.js';
import type { CheckReport, FolderResult } from './report.js';
import { painter, plural, severityStyle, table, type Paint } from './style.js';
import { checkTotals } from './totals.js';

export interface StylishOptions {
  /** ANSI colours; the CLI turns them on only for a terminal. */
  color?: boolean;
}

/** Rules whose findings point at a secret (`artifact-no-secrets`, `sec-no-client-secret`): frames never show one. */
const secretRule = /secret/;

/** How many rules the summary of a multi-folder run names. */
const topRules = 5;

/**
 * Human-readable output: findings grouped per file with line:column and, when the report carries the source, the
 * offending line with a caret; then a summary (a table when several folders were checked) and the manual checklist.
 */
export function formatStylish(report: CheckReport, options: StylishOptions = {}): string {
  const paint = painter(options.color);
  const out: string[] = [];
  for (const result of report.results) out.push(...folderLines(result, paint));
  const totals = checkTotals(report);
  const { error, warning, info } = totals.counts;
  const total = error + warning + info;
  const summary = `${total} ${plural(total, 'problem')} (${error} ${plural(error, 'error')}, ${warning} ${plural(warning, 'warning')}, ${info} info) in ${totals.folders} ${plural(totals.folders, 'folder')}`;
  if (totals.folders > 1) {
    const rows = [
      ['folders', `${totals.folders} checked, ${totals.folders - totals.failed} passed, ${totals.failed} failed`],
      ['errors', String(error)],
      ['warnings', String(warning)],
      ['info', String(info)],
    ];
    out.push(paint('bold', 'Summary'), ...table(rows).map((line) => `  ${line}`));
    if (totals.rules.length) {
      out.push('', paint('bold', 'Rules that fired most'));
      const top = totals.rules.slice(0, topRules).map((r) => [r.ruleId, String(r.findings), `in ${r.folders} ${plural(r.folders, 'folder')}`]);
      out.push(...table(top, [false, true, false]).map((line) => `  ${line}`));
    }
    out.push('');
  }
  out.push(paint('bold', paint(error ? 'red' : warning ? 'yellow' : 'green', `${error ? '\u2716' : '\u2714'} ${summary}`)));
  const checklist = report.results[0]?.manualChecks ?? [];
  if (checklist.length) {
    out.push('', paint('bold', 'Before you open the pull request, check by hand:'));
    for (const check of checklist) out.push(`  [ ] ${check.requirement} ${paint('dim', check.id)}`);
  }
  return out.join('\n') + '\n';
}

function folderLines(result: FolderResult, paint: Paint): string[] {
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  for (const [file, findings] of byFile) {
    // Reading order: by position in the file (findings without a range first), not by pointer as in the JSON output.
    findings.sort((a, b) => (a.range?.start.offset ?? -1) - (b.range?.start.offset ?? -1));
    out.push(paint('underline', joinPath(result.folder, file)));
    const where = findings.map((f) => (f.range ? `${f.range.start.line}:${f.range.start.column}` : f.pointer || '-'));
    const w0 = Math.min(Math.max(...where.map((w) => w.length)), 40);
    const w1 = Math.max(...findings.map((f) => f.severity.length));
    const source = result.sources?.[file];
    const hidden = findings.filter((f) => f.range && secretRule.test(f.ruleId)).map((f) => f.range!);
    findings.forEach((f, i) => {
      const style = severityStyle[f.severity as Severity];
      out.push(`  ${paint('dim', where[i]!.padEnd(w0))}  ${paint(style, f.severity.padEnd(w1))}  ${f.message}  ${paint('dim', f.ruleId)}`);
      if (source !== undefined && f.range) {
        const [line, carets] = codeFrame(source, f.range, hidden);
        if (line && carets) out.push(`    ${paint('dim', line)}`, `    ${paint(style, carets)}`);
      }
    });
    out.push('');
  }
  return out;
}
