import type { Change, ChangeLevel } from '../diff/types.js';
import type { Span } from './code-frame.js';
import { changeFrame, sideLocations } from './diff-locations.js';
import { groupByOperation, levelCounts, diffTitle } from './operations.js';
import type { DiffReport } from './report.js';
import { secretSpans } from './secret-spans.js';
import { counted, plural, wordList } from '../parse/wording.js';
import { longest, painter, type Paint, type Style } from './style.js';
import type { StylishOptions } from './stylish.js';
import { terminalText as safe } from './terminal-text.js';

const levelStyle: Record<ChangeLevel, Style> = { breaking: 'red', warning: 'yellow', info: 'blue' };

/**
 * Human-readable diff: changes grouped by operation, with a code frame where the report carries the source. Info
 * changes stay listed (they are the connector's changelog); `quiet` keeps breaking changes only and says so.
 */
export function formatStylishDiff(report: DiffReport, options: StylishOptions = {}): string {
  const paint = painter(options.color);
  const out: string[] = [];
  const title = diffTitle(report.base, report.revision);
  if (title) out.push(paint('bold', safe(title)), '');
  const listed = report.changes.filter((c) => !options.quiet || c.level === 'breaking');
  const width = longest(listed.map((c) => c.level));
  const frames = new FrameSources(report);
  for (const group of groupByOperation(listed)) {
    out.push(paint('underline', safe(group.label)));
    for (const change of group.changes) out.push(...changeLines(change, frames, width, paint));
    out.push('');
  }
  const { breaking, warning, info } = levelCounts(report.changes);
  const breakingText = `${breaking} breaking ${plural(breaking, 'change')}`;
  const rest = [...(warning ? [counted(warning, 'warning')] : []), ...(info ? [`${info} info`] : [])];
  const summary = options.quiet
    ? `${breakingText}${rest.length ? `; ${wordList(rest, 'and')} hidden by --quiet` : ''}`
    : `${breakingText}, ${counted(warning, 'warning')}, ${info} info`;
  out.push(paint('bold', paint(breaking ? 'red' : warning && !options.quiet ? 'yellow' : 'green', `${breaking ? '\u2716' : '\u2714'} ${summary}`)));
  return out.join('\n') + '\n';
}

/** Code frames of a report, with each source's secrets located once. */
class FrameSources {
  private readonly spans = new Map<string, Span[]>();
  constructor(readonly report: DiffReport) {}

  frame(change: Change): string[] {
    return changeFrame(change, this.report, (file, source) => {
      let spans = this.spans.get(source);
      if (!spans) this.spans.set(source, (spans = secretSpans(file, source)));
      return spans;
    });
  }
}

function changeLines(change: Change, frames: FrameSources, width: number, paint: Paint): string[] {
  const style = levelStyle[change.level];
  const lines = [`  ${paint(style, change.level.padEnd(width))}  ${safe(change.message)}  ${paint('dim', safe(change.ruleId))}`];
  for (const { side, text } of sideLocations(change, frames.report)) lines.push(`    ${paint('dim', safe(`${side}: ${text}`))}`);
  const [line, carets] = frames.frame(change);
  if (line && carets) lines.push(`    ${paint('dim', line)}`, `    ${paint(style, carets)}`);
  return lines;
}
