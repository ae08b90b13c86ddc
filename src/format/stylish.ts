import type { Finding, Severity } from '../core/types.js';
import type { CheckReport } from './report.js';

export interface StylishOptions {
  /** ANSI colours; the CLI turns them on only for a TTY. */
  color?: boolean;
}

const codes = { red: 31, yellow: 33, blue: 34, dim: 2, bold: 1, underline: 4, green: 32 } as const;
type Style = keyof typeof codes;

const severityStyle: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };

/** Human-readable output: findings grouped per file with line:column, then a summary and the manual checklist. */
export function formatStylish(report: CheckReport, options: StylishOptions = {}): string {
  const paint = (style: Style, text: string) => (options.color ? `\u001b[${codes[style]}m${text}\u001b[0m` : text);
  const out: string[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const result of report.results) {
    const byFile = new Map<string, Finding[]>();
    for (const finding of result.findings) {
      totals[finding.severity] += 1;
      const list = byFile.get(finding.file) ?? [];
      list.push(finding);
      byFile.set(finding.file, list);
    }
    for (const [file, findings] of byFile) {
      out.push(paint('underline', joinPath(result.folder, file)));
      const rows = findings.map((f) => [
        f.range ? `${f.range.start.line}:${f.range.start.column}` : f.pointer ? f.pointer : '-',
        f.severity,
        f.message,
        f.ruleId,
      ]);
      const width = (i: number) => Math.max(...rows.map((row) => row[i]!.length));
      const [w0, w1] = [Math.min(width(0), 40), width(1)];
      for (const [where, severity, message, ruleId] of rows) {
        out.push(
          `  ${paint('dim', where!.padEnd(w0))}  ${paint(severityStyle[severity as Severity], severity!.padEnd(w1))}  ${message}  ${paint('dim', ruleId!)}`,
        );
      }
      out.push('');
    }
  }
  const total = totals.error + totals.warning + totals.info;
  const folders = report.results.length;
  const summary = `${total} ${plural(total, 'problem')} (${totals.error} ${plural(totals.error, 'error')}, ${totals.warning} ${plural(totals.warning, 'warning')}, ${totals.info} info) in ${folders} ${plural(folders, 'folder')}`;
  out.push(paint('bold', paint(totals.error ? 'red' : totals.warning ? 'yellow' : 'green', `${totals.error ? '\u2716' : '\u2714'} ${summary}`)));
  const checklist = report.results[0]?.manualChecks ?? [];
  if (checklist.length) {
    out.push('', paint('bold', 'Before you open the pull request, check by hand:'));
    for (const check of checklist) out.push(`  [ ] ${check.requirement} ${paint('dim', check.id)}`);
  }
  return out.join('\n') + '\n';
}

function joinPath(folder: string, file: string): string {
  if (!folder) return file;
  return folder.endsWith('/') ? folder + file : `${folder}/${file}`;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
