import { getOwn, hasOwn } from '../parse/pointer.js';
import { isObject } from '../core/walk.js';
import type { JsonObject } from '../core/nodes.js';
import { shorten } from '../parse/wording.js';

/** The path segment that stands for any key of a dictionary (`additionalProperties`). */
export const dictionaryKey = '*';

/** The path segment for the items of an array; joined onto the array's name (`body/value[]/id`). */
export const itemsSegment = '[]';

/** A path as flows name it: segments joined by `/`, array items marked `[]` on their array at every depth. */
export function fieldPath(segments: readonly string[]): string {
  let out = '';
  for (const segment of segments) out += segment === itemsSegment || out === '' ? segment : `/${segment}`;
  return out;
}

/** A name with case and separators dropped: `Event_Id`, `event-id` and `eventId` are one name spelt differently. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[\s_.-]+/g, '');
}

/** Deep equality of JSON values; bounded in depth so a cyclic plain object cannot loop. */
export function sameValue(a: unknown, b: unknown, depth = 0): boolean {
  return same(a, b, depth, false);
}

/**
 * Deep equality that gives up at a `$ref`: two equal subtrees holding references may still differ through what the
 * references name, so they must be walked. Lets the schema comparison skip the unchanged bulk of a document.
 */
export function sameTree(a: unknown, b: unknown, depth = 0): boolean {
  return same(a, b, depth, true);
}

/** Loops rather than `every` and callbacks: a diff of two large, mostly equal documents spends its time here. */
function same(a: unknown, b: unknown, depth: number, stopAtRef: boolean): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth > 100) return false;
  const array = Array.isArray(a);
  if (array !== Array.isArray(b)) return false;
  if (array) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], other[i], depth + 1, stopAtRef)) return false;
    return true;
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (stopAtRef && key === '$ref') return false;
    // Own keys only: a key `__proto__` read this way is the object's own value, never the prototype.
    if (!hasOwn(b, key) || !same((a as JsonObject)[key], (b as JsonObject)[key], depth + 1, stopAtRef)) return false;
  }
  return true;
}

/** A short, stable rendering of a value for messages and set comparisons. */
export function show(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : shorten(text, 80, '...');
  } catch {
    return String(value);
  }
}

/** A string property, or `undefined` when absent, empty or not a string. */
export function stringAt(value: unknown, key: string): string | undefined {
  const found = getOwn(value, key);
  return typeof found === 'string' && found !== '' ? found : undefined;
}

/** `x-ms-visibility`, lower-cased (the platform reads it case-insensitively). */
export function visibilityOf(value: unknown): string | undefined {
  return stringAt(value, 'x-ms-visibility')?.toLowerCase();
}

export function isInternal(value: unknown): boolean {
  return visibilityOf(value) === 'internal';
}

export function hasDefault(value: unknown): boolean {
  return hasOwn(value, 'default');
}

/** The schema type: written, or implied by `properties` / `items`. */
export function schemaType(value: JsonObject): string | undefined {
  const type = value.type;
  if (typeof type === 'string' && type !== '') return type;
  if (Array.isArray(type)) return type.map(String).join('|');
  if (isObject(value.properties) || isObject(value.additionalProperties)) return 'object';
  if (value.items !== undefined) return 'array';
  return undefined;
}

/** Array, object and file values differ in shape from scalars: a flow cannot read one as the other. */
export function shapeOf(type: string | undefined): string | undefined {
  if (type === undefined) return undefined;
  return type === 'array' || type === 'object' || type === 'file' ? type : 'scalar';
}

/** A key that tells JSON values apart (`1` from `"1"`), for set comparisons. */
export function valueKey(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'undefined';
  } catch {
    return String(value);
  }
}

const numericFormats = new Set(['int32', 'int64', 'float', 'double']);

/** A change between numeric formats, or to or from none on a number: JSON carries them alike, so flows read them alike. */
export function isNumericFormatChange(from: string | undefined, to: string | undefined): boolean {
  return (from === undefined || numericFormats.has(from)) && (to === undefined || numericFormats.has(to));
}
