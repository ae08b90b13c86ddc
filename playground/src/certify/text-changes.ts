import type { TextChange } from './protocol.js';

/** Applies changes given in order, each positioned in the text before any of them (as the page sends them). */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
  const pieces: string[] = [];
  let position = 0;
  for (const [from, to, insert] of changes) {
    pieces.push(text.slice(position, from), insert);
    position = to;
  }
  pieces.push(text.slice(position));
  return pieces.join('');
}
