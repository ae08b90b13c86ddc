import { hasOwn, getOwn, parsePointer } from '../parse/pointer.js';

export type RefFailure = 'not-local' | 'invalid-pointer' | 'not-found' | 'cycle';

export type RefResolution =
  | { ok: true; pointer: string; value: unknown }
  | { ok: false; reason: RefFailure };

export type Resolved = { value: unknown; pointer: string | undefined };

/** Resolves internal `$ref`s of one document, memoised. Never throws and never loops. */
export class RefResolver {
  private readonly cache = new Map<string, RefResolution>();

  constructor(private readonly root: unknown) {}

  /** One hop: the value the reference names. */
  resolve(ref: string): RefResolution {
    let hit = this.cache.get(ref);
    if (!hit) {
      hit = this.lookup(ref);
      this.cache.set(ref, hit);
    }
    return hit;
  }

  /**
   * Follows `$ref` chains from `value` to the first value that is not a reference. A dangling or cyclic chain yields
   * the last reachable value, with `failure` set.
   */
  follow(value: unknown, pointer?: string): Resolved & { failure?: RefFailure } {
    let ref = refOf(value);
    if (ref === undefined) return { value, pointer };
    let current: Resolved = { value, pointer };
    let seen: Set<string> | string = ref; // most chains are one hop: a Set only from the second
    for (;;) {
      const next = this.resolve(ref);
      if (!next.ok) return { ...current, failure: next.reason };
      current = { value: next.value, pointer: next.pointer };
      ref = refOf(current.value);
      if (ref === undefined) return current;
      if (typeof seen === 'string') seen = new Set([seen]);
      if (seen.has(ref)) return { ...current, failure: 'cycle' };
      seen.add(ref);
    }
  }

  private lookup(ref: string): RefResolution {
    if (!ref.startsWith('#')) return { ok: false, reason: 'not-local' };
    let pointer: string;
    try {
      pointer = decodeURIComponent(ref.slice(1));
    } catch {
      return { ok: false, reason: 'invalid-pointer' };
    }
    const segments = parsePointer(pointer);
    if (!segments) return { ok: false, reason: 'invalid-pointer' };
    let current = this.root;
    for (const segment of segments) {
      if (!hasOwn(current, segment)) return { ok: false, reason: 'not-found' };
      current = getOwn(current, segment);
    }
    return { ok: true, pointer, value: current };
  }
}

/** The `$ref` string of a reference object, if it is one. */
export function refOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.prototype.hasOwnProperty.call(value, '$ref')) return undefined;
  const ref = (value as Record<string, unknown>).$ref;
  return typeof ref === 'string' ? ref : undefined;
}
