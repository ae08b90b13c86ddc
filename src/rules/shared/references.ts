/** What is wrong with a `$ref` that must name an entry of `#/definitions` or `#/responses`. */
import type { RefNode } from '../../core/nodes.js';

export type RefProblem = 'notValid' | 'notFound' | 'notDirect' | 'aliasDefinition';

/**
 * The problem of a reference, or `undefined` when it names an entry directly under `#/<section>/`. A section entry that
 * is itself only a `$ref` is an alias, which the validator refuses (it is also how reference loops are built).
 */
export function refProblem(node: RefNode, section: 'definitions' | 'responses'): RefProblem | undefined {
  if (!node.ref.startsWith(`#/${section}/`)) return 'notValid';
  const { resolution } = node;
  if (!resolution.ok) return resolution.reason === 'not-found' ? 'notFound' : 'notValid';
  if (!isEntryOf(resolution.pointer)) return 'notDirect';
  if (isEntryOf(node.pointer, section)) return 'aliasDefinition';
  return undefined;
}

/**
 * Whether a pointer names an entry directly under a section, `/<section>/<name>`: two segments, counted by their
 * slashes (escaping never adds or removes one), without splitting the pointer.
 */
function isEntryOf(pointer: string, section?: string): boolean {
  if (pointer[0] !== '/') return false;
  const second = pointer.indexOf('/', 1);
  if (second === -1 || pointer.indexOf('/', second + 1) !== -1) return false;
  return section === undefined || pointer.slice(1, second) === section;
}
