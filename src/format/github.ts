import type { Range, Severity } from '../core/types.js';
import { changeAnchor } from './change-anchor.js';
import { levelCounts } from './operations.js';
import { joinPath, relativeTo } from './paths.js';
import type { CheckReport, DiffReport } from './report.js';
import { counted, plural } from '../parse/wording.js';
import { unsafeCharacters } from './terminal-text.js';
import { checkTotals } from './totals.js';

export interface GithubOptions {
  /** The working folder (absolute); absolute paths below it are written relative, as GitHub expects. */
  root?: string;
}

const commands: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** GitHub Actions workflow commands: one annotation per finding, then a plain summary line for the log. */
export function formatGithub(report: CheckReport, options: GithubOptions = {}): string {
  const lines: string[] = [];
  for (const { folder, findings } of report.results) {
    for (const f of findings) {
      lines.push(annotation(f.severity, relativeTo(joinPath(folder, f.file), options.root), f.range, f.ruleId, f.message));
    }
  }
  const { counts, folders } = checkTotals(report);
  lines.push(`${report.tool.name}: ${counted(counts.error, 'error')}, ${counted(counts.warning, 'warning')}, ${counts.info} info in ${counted(folders, 'folder')}`);
  return lines.join('\n') + '\n';
}

/** Annotations for a diff, on the new version's file where the changed thing still exists. */
export function formatGithubDiff(report: DiffReport, options: GithubOptions = {}): string {
  const lines: string[] = [];
  for (const change of report.changes) {
    const at = changeAnchor(change, report);
    lines.push(annotation(change.severity, relativeTo(at.path, options.root), at.range, change.ruleId, change.message));
  }
  const { breaking, warning, info } = levelCounts(report.changes);
  lines.push(`${report.tool.name}: ${breaking} breaking ${plural(breaking, 'change')}, ${counted(warning, 'warning')}, ${info} info`);
  return lines.join('\n') + '\n';
}

function annotation(severity: Severity, file: string, range: Range | undefined, title: string, message: string): string {
  const props = [`file=${escapeProperty(file)}`];
  if (range) {
    const { start, end } = range;
    props.push(`line=${start.line}`, `col=${start.column}`, `endLine=${end.line}`);
    // GitHub's endColumn is inclusive; ours is the column after the range.
    props.push(`endColumn=${Math.max(start.line === end.line ? start.column : 1, end.column - 1)}`);
  }
  props.push(`title=${escapeProperty(title)}`);
  return `::${commands[severity]} ${props.join(',')}::${escapeData(message)}`;
}

/**
 * Escaping of a workflow command's message: GitHub's toolkit escapes `%`, CR and LF, so no text can end the command
 * or start another; every other control character (NUL, ESC, ...) is percent-encoded too, so none reaches the log,
 * where the runner would leave it as it is.
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(unsafeCharacters, (char) => encodeURIComponent(char));
}

/** Escaping of a workflow command's property value: the message escapes plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
