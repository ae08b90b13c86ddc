import { longStringDiagnostic, maxJsonNesting, tooDeepDiagnostic, type JsonDiagnostic } from '../parse/json.js';
import type { Limits } from '../parse/limits.js';
import { joinPointer } from '../parse/pointer.js';
import { reasonOf } from '../parse/errors.js';

/** A caller's document copied as JSON data, or why it could not be. */
export type Snapshot =
  | { ok: true; value: unknown; diagnostics: JsonDiagnostic[] }
  | { ok: false; reason: 'too-large' | 'unreadable'; detail: string };

class Unreadable extends Error {}
class TooLarge extends Error {}

/**
 * Copies a document given as an object into plain JSON data, once, before any rule sees it. The copy is what makes
 * object input as safe as text: getters and Proxy traps run here only (one that throws makes the document unreadable,
 * not a crash in some rule), cycles and deep nesting are caught, and the same limits as for files apply, with the size
 * counted as the length of the document's JSON. Values JSON cannot hold (undefined, functions, symbols, bigints) are
 * left out, as `JSON.stringify` leaves them out; `toJSON` is not called.
 */
export function snapshotDocument(root: unknown, limits: Limits): Snapshot {
  const diagnostics: JsonDiagnostic[] = [];
  let size = 0;
  const grow = (bytes: number) => {
    size += bytes;
    if (size > limits.maxFileBytes) throw new TooLarge();
  };
  const copyLeaf = (value: unknown, pointer: string): unknown => {
    if (typeof value === 'string') {
      grow(value.length + 2);
      if (value.length <= limits.maxStringLength) return value;
      diagnostics.push(longStringDiagnostic(value.length, limits.maxStringLength, pointer));
      return value.slice(0, limits.maxStringLength);
    }
    grow(String(value).length);
    return value;
  };
  const isJsonLeaf = (value: unknown): value is string | number | boolean | null =>
    value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
  const read = (from: object, key: string, pointer: string): unknown => {
    try {
      return (from as Record<string, unknown>)[key];
    } catch (error) {
      throw new Unreadable(`Reading ${pointer || 'the document'} threw an error (${reasonOf(error)}).`);
    }
  };
  const keysOf = (value: object, pointer: string): string[] => {
    try {
      return Object.keys(value);
    } catch (error) {
      throw new Unreadable(`Listing the keys of ${pointer || 'the document'} threw an error (${reasonOf(error)}).`);
    }
  };

  try {
    if (isJsonLeaf(root)) return { ok: true, value: copyLeaf(root, ''), diagnostics };
    if (typeof root !== 'object' || root === null) return { ok: true, value: undefined, diagnostics };
    const top = newContainer(root);
    // Each entry copies one container; `path` holds the source objects above it, to tell a cycle from shared data.
    const stack: Array<{ from: object; to: Record<string, unknown> | unknown[]; pointer: string; path: object[] }> = [
      { from: root, to: top, pointer: '', path: [] },
    ];
    while (stack.length) {
      const { from, to, pointer, path } = stack.pop()!;
      if (path.length >= maxJsonNesting || path.includes(from)) return { ok: true, value: undefined, diagnostics: [tooDeepDiagnostic()] };
      const below = [...path, from];
      const isArray = Array.isArray(to);
      const keys = isArray ? indicesOf(from, pointer, read, limits.maxFileBytes) : keysOf(from, pointer);
      grow(2 + keys.length);
      for (const key of keys) {
        const at = joinPointer(pointer, key);
        const value = read(from, key, at);
        let copy: unknown;
        if (isJsonLeaf(value)) copy = copyLeaf(value, at);
        else if (typeof value === 'object' && value !== null) {
          copy = newContainer(value);
          stack.push({ from: value, to: copy as Record<string, unknown> | unknown[], pointer: at, path: below });
        } else if (isArray) copy = null;
        else continue;
        if (isArray) (to as unknown[]).push(copy);
        else {
          grow(key.length + 3);
          // defineProperty keeps a key such as __proto__ a plain key, as the JSON parser does.
          Object.defineProperty(to, key, { value: copy, enumerable: true, writable: true, configurable: true });
        }
      }
    }
    return { ok: true, value: top, diagnostics };
  } catch (error) {
    if (error instanceof TooLarge) {
      return { ok: false, reason: 'too-large', detail: `Its JSON is over the limit of ${limits.maxFileBytes} bytes (limits.maxFileBytes).` };
    }
    if (error instanceof Unreadable) return { ok: false, reason: 'unreadable', detail: error.message };
    return { ok: false, reason: 'unreadable', detail: `Reading it threw an error (${reasonOf(error)}).` };
  }
}

/** An array's indices from its length, so that holes read as `undefined` (and become `null`) instead of shifting items. */
function indicesOf(array: object, pointer: string, read: (from: object, key: string, pointer: string) => unknown, maxBytes: number): string[] {
  const length = read(array, 'length', pointer);
  if (typeof length === 'number' && length > maxBytes) throw new TooLarge(); // each item takes at least a byte of JSON
  return Array.from({ length: typeof length === 'number' ? length : 0 }, (_, index) => String(index));
}

function newContainer(value: object): Record<string, unknown> | unknown[] {
  let array: boolean;
  try {
    array = Array.isArray(value);
  } catch (error) {
    // Array.isArray throws on a revoked Proxy.
    throw new Unreadable(`Reading it threw an error (${reasonOf(error)}).`);
  }
  return array ? [] : {};
}

