/** What is wrong with a `$ref` that must name an entry of `#/definitions` or `#/responses`. */
import type { RefNode } from '../../core/nodes.js';
import { parsePointer } from '../../parse/pointer.js';

export type RefProblem = 'notValid' | 'notFound' | 'notDirect' | 'aliasDefinition';

/**
 * The problem of a reference, or `undefined` when it names an entry directly under `#/<section>/`. A section entry that
 * is itself only a `$ref` is an alias, which the validator refuses (it is also how reference loops are built).
 */
export function refProblem(node: RefNode, section: 'definitions' | 'responses'): RefProblem | undefined {
  const prefix = `#/${section}/`;
  if (!node.ref.startsWith(prefix)) return 'notValid';
  const { resolution } = node;
  if (!resolution.ok) return resolution.reason === 'not-found' ? 'notFound' : 'notValid';
  if (parsePointer(resolution.pointer)?.length !== 2) return 'notDirect';
  const holder = parsePointer(node.pointer);
  if (holder?.length === 2 && holder[0] === section) return 'aliasDefinition';
  return undefined;
}
