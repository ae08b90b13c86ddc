import type { JsonObject } from '../../core/nodes.js';
import { isObject } from '../../core/walk.js';

/** `info` of a swagger root, when it is an object. */
export function infoOf(root: JsonObject): JsonObject | undefined {
  return isObject(root.info) ? root.info : undefined;
}

/** A string field of `info`, or `undefined` when missing or not a string. */
export function infoString(root: JsonObject, key: 'title' | 'description'): string | undefined {
  const value = infoOf(root)?.[key];
  return typeof value === 'string' ? value : undefined;
}
