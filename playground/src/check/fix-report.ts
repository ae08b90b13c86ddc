// What a fix changed, under the editor: which findings, where, and each changed place as its lines before and after.
import type { ChangedLines } from '../editor/file-editor.js';
import { element } from '../ui/dom.js';

export interface FixedFile {
  file: string;
  changed: ChangedLines[];
}

export function renderFixReport(
  container: HTMLElement,
  { ruleId, fixed, skipped, files }: { ruleId: string; fixed: number; skipped: string[]; files: FixedFile[] },
): void {
  const where = files.map(({ file }) => file).join(' and ');
  const what = fixed === 1 ? `Fixed the ${ruleId} finding` : `Fixed ${fixed} ${ruleId} findings`;
  const head =
    fixed === 0
      ? element('p', '', `Nothing was fixed.`)
      : element('p', '', `${what} in ${where}. `, element('span', 'hint', 'Undo with Ctrl+Z (⌘Z) in the editor.'));
  const notes = skipped.map((reason) => element('p', 'fix-skipped', `Left out: ${reason}`));
  const hunks = files.flatMap(({ file, changed }) => changed.map((place) => hunk(file, place)));
  container.replaceChildren(head, ...notes, ...hunks);
  container.hidden = false;
}

export function hideFixReport(container: HTMLElement): void {
  container.hidden = true;
  container.replaceChildren();
}

/** One changed place, as a small unified diff. */
function hunk(file: string, { line, before, after }: ChangedLines): HTMLElement {
  const lines = [
    ...before.map((text) => element('del', 'diff-line', text)),
    ...after.map((text) => element('ins', 'diff-line', text)),
  ];
  const caption = element('figcaption', '', `${file}, line ${line}`);
  return element('figure', 'fix-hunk', caption, element('div', 'diff', ...lines));
}
