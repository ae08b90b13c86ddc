import type { Change, ChangeLevel } from '../diff/types.js';
import { changeFrame, sideLocations } from './diff-locations.js';
import { groupByOperation, levelCounts, diffTitle } from './operations.js';
import type { DiffReport } from './report.js';
import { painter, plural, type Paint, type Style } from './style.js';
import type { StylishOptions } from './stylish.js';

const levelStyle: Record<ChangeLevel, Style> = { breaking: 'red', warning: 'yellow', info: 'blue' };

/** Human-readable diff: changes grouped by operation, with a code frame where the report carries the source. */
export function formatStylishDiff(report: DiffReport, options: StylishOptions = {}): string {
  const paint = painter(options.color);
  const out: string[] = [];
  const title = diffTitle(report.base, report.revision);
  if (title) out.push(paint('bold', title), '');
  const width = Math.max(0, ...report.changes.map((c) => c.level.length));
  for (const group of groupByOperation(report.changes)) {
    out.push(paint('underline', group.label));
    for (const change of group.changes) out.push(...changeLines(change, report, width, paint));
    out.push('');
  }
  const { breaking, warning, info } = levelCounts(report.changes);
  const summary = `${breaking} breaking ${plural(breaking, 'change')}, ${warning} ${plural(warning, 'warning')}, ${info} info`;
  out.push(paint('bold', paint(breaking ? 'red' : warning ? 'yellow' : 'green', `${breaking ? '\u2716' : '\u2714'} ${summary}`)));
  return out.join('\n') + '\n';
}

function changeLines(change: Change, report: DiffReport, width: number, paint: Paint): string[] {
  const style = levelStyle[change.level];
  const lines = [`  ${paint(style, change.level.padEnd(width))}  ${change.message}  ${paint('dim', change.ruleId)}`];
  for (const { side, text } of sideLocations(change, report)) lines.push(`    ${paint('dim', `${side}: ${text}`)}`);
  const [line, carets] = changeFrame(change, report);
  if (line && carets) lines.push(`    ${paint('dim', line)}`, `    ${paint(style, carets)}`);
  return lines;
}
