import { getOwn, hasOwn } from '../core/pointer.js';
import { isObject } from '../core/walk.js';
import type { JsonObject } from '../core/nodes.js';

/** Deep equality of JSON values; bounded in depth so a cyclic plain object cannot loop. */
export function sameValue(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (depth > 100) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, index) => sameValue(item, other[index], depth + 1));
  }
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => hasOwn(b, key) && sameValue(getOwn(a, key), getOwn(b, key), depth + 1));
}

/** A short, stable rendering of a value for messages and set comparisons. */
export function show(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}...` : text;
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

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
