import type { Finding } from '../core/types.js';
import { cell, code, markdownTable } from './markdown-text.js';
import { locationText } from './paths.js';
import type { CheckReport, FolderResult } from './report.js';
import { counted } from '../parse/wording.js';
import { append } from './style.js';
import { checkTotals } from './totals.js';

/**
 * Markdown for a pull request comment or a job summary: a verdict line, an overview table when several folders
 * were checked, a table of findings per folder that has any (info findings folded below it), and the manual
 * checklist as task list items.
 */
export function formatMarkdown(report: CheckReport): string {
  const totals = checkTotals(report);
  const { error, warning, info } = totals.counts;
  const verdict = error ? '\u274c' : '\u2705';
  const out = [
    `### ${verdict} ${report.tool.name}: ${counted(error, 'error')}, ${counted(warning, 'warning')}, ${info} info in ${counted(totals.folders, 'folder')}`,
    '',
  ];
  if (report.results.length > 1) {
    const rows = report.results.map((r) => {
      const counts = severityCounts(r.findings);
      return [code(r.folder), r.ok ? '\u2705 passed' : '\u274c failed', String(counts.error), String(counts.warning), String(counts.info)];
    });
    append(out, markdownTable(['Folder', 'Result', 'Errors', 'Warnings', 'Info'], rows, ['left', 'left', 'right', 'right', 'right']));
    out.push('');
  }
  for (const result of report.results) if (result.findings.length) append(out, folderSection(result, report.results.length > 1));
  const checklist = report.results[0]?.manualChecks ?? [];
  if (checklist.length) {
    out.push('Before you open the pull request, check by hand:', '');
    for (const check of checklist) out.push(`- [ ] ${cell(check.requirement)}`);
    out.push('');
  }
  return out.join('\n');
}

function folderSection(result: FolderResult, titled: boolean): string[] {
  const row = (f: Finding) => [
    f.severity,
    f.docsUrl ? `[${code(f.ruleId)}](${f.docsUrl})` : code(f.ruleId),
    code(locationText(f.file, f.range)),
    cell(f.message),
  ];
  const header = ['Severity', 'Rule', 'Location', 'Message'];
  const listed = result.findings.filter((f) => f.severity !== 'info');
  const suggestions = result.findings.filter((f) => f.severity === 'info');
  const out = titled ? [`#### ${result.ok ? '\u2705' : '\u274c'} ${code(result.folder)}`, ''] : [];
  if (listed.length) {
    append(out, markdownTable(header, listed.map(row)));
    out.push('');
  }
  // Suggestions stay in the report but folded, so errors and warnings are what a reader sees first.
  if (suggestions.length) {
    const summary = `${counted(suggestions.length, 'suggestion')} (info)`;
    out.push('<details>', `<summary>${summary}</summary>`, '');
    append(out, markdownTable(header, suggestions.map(row)));
    out.push('', '</details>', '');
  }
  return out;
}

function severityCounts(findings: readonly Finding[]) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
