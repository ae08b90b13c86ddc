import { cell, code, markdownTable } from './markdown-text.js';
import { diffTitle, groupByOperation, levelCounts } from './operations.js';
import { sideLocations } from './diff-locations.js';
import type { DiffReport } from './report.js';
import { counted, plural } from '../parse/wording.js';
import { append } from './style.js';

const levelMark = { breaking: '\u274c breaking', warning: '\u26a0\ufe0f warning', info: 'info' } as const;

/** Markdown for a diff: the verdict, the operations affected with counts per level, then every change. */
export function formatMarkdownDiff(report: DiffReport): string {
  const { breaking, warning, info } = levelCounts(report.changes);
  const verdict = breaking ? '\u274c' : '\u2705';
  const out = [
    `### ${verdict} ${report.tool.name}: ${breaking} breaking ${plural(breaking, 'change')}, ${counted(warning, 'warning')}, ${info} info`,
    '',
  ];
  const title = diffTitle(report.base, report.revision);
  if (title) out.push(cell(title), '');
  if (report.changes.length === 0) return [...out, 'No changes.', ''].join('\n');
  const groups = groupByOperation(report.changes);
  out.push('#### Operations affected', '');
  out.push(
    ...markdownTable(
      ['Operation', 'Breaking', 'Warnings', 'Info'],
      groups.map((g) => [g.operationId === undefined ? cell(g.label) : code(g.label), String(g.counts.breaking), String(g.counts.warning), String(g.counts.info)]),
      ['left', 'right', 'right', 'right'],
    ),
    '',
    '#### Changes',
    '',
  );
  const rows = groups.flatMap((g) =>
    g.changes.map((c) => [
      levelMark[c.level],
      c.docsUrl ? `[${code(c.ruleId)}](${c.docsUrl})` : code(c.ruleId),
      c.operationId === undefined ? '' : code(c.operationId),
      sideLocations(c, report)
        .map(({ side, text }) => `${side}: ${code(text)}`)
        .join('<br>'),
      cell(c.message),
    ]),
  );
  append(out, markdownTable(['Level', 'Check', 'Operation', 'Location', 'Change'], rows));
  out.push('');
  return out.join('\n');
}
