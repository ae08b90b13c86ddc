// The requirements no file can prove, as boxes for the author to tick. Ticks live only as long as the page.
import type { ManualCheck } from 'connector-certify';
import { element } from '../ui/dom.js';

export function renderChecklist(list: HTMLElement, checks: ManualCheck[]): void {
  const ticked = new Set([...list.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value));
  list.replaceChildren(
    ...checks.map((check) => {
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = check.id;
      box.checked = ticked.has(check.id);
      return element('li', 'manual-check', element('label', '', box, ' ', check.requirement));
    }),
  );
}
