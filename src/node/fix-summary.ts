import { join } from 'node:path';
import { terminalText } from '../format/terminal-text.js';
import type { FolderFix } from './fix-folder.js';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * What `--fix` did (or `--fix-dry-run` would do), for stderr: one line of totals, then one line per file and reason
 * for the fixes left out, so that a file that does not parse is named.
 */
export function fixSummary(fixes: readonly FolderFix[], dryRun: boolean): string {
  const applied = fixes.reduce((sum, fix) => sum + fix.applied, 0);
  const files = fixes.reduce((sum, fix) => sum + fix.files.length, 0);
  const lines = [`${dryRun ? 'Would fix' : 'Fixed'} ${plural(applied, 'finding')} in ${plural(files, 'file')}.`];
  if (dryRun) {
    const left = fixes.flatMap((fix) => fix.remaining);
    const errors = left.filter((finding) => finding.severity === 'error').length;
    lines[0] += ` ${plural(left.length, 'finding')} (${plural(errors, 'error')}) would be left.`;
  }
  for (const fix of fixes) {
    const groups = new Map<string, number>();
    for (const skip of fix.skipped) {
      const key = `${join(fix.folder, skip.file)}: ${skip.reason === 'conflict' ? 'it conflicts with another fix.' : skip.detail}`;
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    for (const [key, count] of groups) lines.push(`  not fixed (${plural(count, 'finding')}): ${terminalText(key)}`);
  }
  return `${lines.join('\n')}\n`;
}
