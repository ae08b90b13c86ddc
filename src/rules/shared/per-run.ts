/** Computations several rules need on the same part of a document, done once per run between them. */
import type { RefResolver } from '../../core/refs.js';

/** One value per run, made by `create` on first use: state that several rules share between them. */
export function perRun<V>(create: (refs: RefResolver) => V): (refs: RefResolver) => V {
  const runs = new WeakMap<RefResolver, V>();
  return (refs) => {
    let value = runs.get(refs);
    if (value === undefined) runs.set(refs, (value = create(refs)));
    return value;
  };
}

/**
 * Wraps `compute` so that it runs once per run and key. A run is told by its resolver (the engine makes one per run),
 * so a document validated again, or changed in between, is computed afresh. Keys are document values (an operation's
 * object, a schema object): each is written at one place, whatever node object the walk wraps it in. Further arguments
 * must follow from the key (its pointer, say): they are read on the first call only.
 */
export function oncePerRun<K extends object, V, A extends unknown[]>(
  compute: (key: K, refs: RefResolver, ...rest: A) => V,
): (key: K, refs: RefResolver, ...rest: A) => V {
  const runs = new WeakMap<RefResolver, WeakMap<K, V>>();
  return (key, refs, ...rest) => {
    let memo = runs.get(refs);
    if (!memo) {
      memo = new WeakMap();
      runs.set(refs, memo);
    }
    if (memo.has(key)) return memo.get(key)!;
    const value = compute(key, refs, ...rest);
    memo.set(key, value);
    return value;
  };
}
