import type { ConnectorSide, OperationView } from './side.js';
import { nameKey } from './values.js';
import { compareText } from '../parse/order.js';

/** An operation in one or both versions. */
export interface OperationPair {
  /** The operationId (or `METHOD path`) the pair is matched on. */
  key: string;
  base?: OperationView;
  revision?: OperationView;
  /** For a base operation whose id is gone: the revision operation now at the same method and path, or its respelt id. */
  renamedTo?: OperationView;
  /** For a revision operation that renames a vanished base operation (see `renamedTo`): that operation. */
  renamedFrom?: OperationView;
}

/**
 * Pairs operations by operationId, which is what flows bind to. A base operation whose id vanished while a new id
 * appeared at the same method and path, or a new spelling of the same id elsewhere, is a rename; it stays a deletion
 * for flows, reported once with its new name.
 */
export function matchOperations(base: ConnectorSide, revision: ConnectorSide): OperationPair[] {
  const baseByKey = firstByKey(base.operations);
  const revisionByKey = firstByKey(revision.operations);
  const newByRoute = new Map<string, OperationView>();
  for (const op of revisionByKey.values()) {
    if (!baseByKey.has(op.key) && !newByRoute.has(routeOf(op))) newByRoute.set(routeOf(op), op);
  }
  const pairs = new Map<string, OperationPair>();
  for (const op of baseByKey.values()) {
    const revisionOp = revisionByKey.get(op.key);
    if (revisionOp) {
      pairs.set(op.key, { key: op.key, base: op, revision: revisionOp });
      continue;
    }
    const renamedTo = newByRoute.get(routeOf(op));
    if (renamedTo) newByRoute.delete(routeOf(op));
    pairs.set(op.key, { key: op.key, base: op, ...(renamedTo && { renamedTo }) });
    if (renamedTo) pairs.set(renamedTo.key, { key: renamedTo.key, revision: renamedTo, renamedFrom: op });
  }
  pairRespelt(pairs, revisionByKey);
  for (const op of revisionByKey.values()) {
    if (!pairs.has(op.key)) pairs.set(op.key, { key: op.key, revision: op });
  }
  return [...pairs.values()].sort((a, b) => compareText(a.key, b.key));
}

/**
 * A vanished operationId whose new spelling differs only in case or separators (`getItems` → `Get_Items`) is the
 * same operation renamed, wherever it now lives.
 */
function pairRespelt(pairs: Map<string, OperationPair>, revisionByKey: Map<string, OperationView>): void {
  const unmatched = new Map<string, OperationView>();
  for (const op of revisionByKey.values()) {
    if (op.operationId !== undefined && !pairs.has(op.key) && !unmatched.has(nameKey(op.key))) unmatched.set(nameKey(op.key), op);
  }
  for (const pair of pairs.values()) {
    if (!pair.base || pair.revision || pair.renamedTo || pair.base.operationId === undefined) continue;
    const renamedTo = unmatched.get(nameKey(pair.key));
    if (!renamedTo) continue;
    unmatched.delete(nameKey(pair.key));
    pair.renamedTo = renamedTo;
    pairs.set(renamedTo.key, { key: renamedTo.key, revision: renamedTo, renamedFrom: pair.base });
  }
}

/** Method and URL template, with parameter names blanked: `/items/{id}` and `/items/{itemId}` are one route. */
export function routeOf(op: OperationView): string {
  return `${op.method} ${op.url.replace(/\{[^{}]*\}/g, '{}')}`;
}

function firstByKey(operations: OperationView[]): Map<string, OperationView> {
  const out = new Map<string, OperationView>();
  for (const op of operations) if (!out.has(op.key)) out.set(op.key, op);
  return out;
}
