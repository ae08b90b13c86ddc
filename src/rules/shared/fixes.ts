/** Builders of the JSON Patch `fix` data that rules attach to findings whose correction is certain. */
import { getOwn, hasOwn, joinPointer, parsePointer } from '../../parse/pointer.js';
import type { JsonPatchOperation } from '../../core/types.js';

/** The value at a pointer of a parsed document, or undefined when the pointer leads nowhere. */
export function valueAt(document: unknown, pointer: string): unknown {
  let value = document;
  for (const segment of parsePointer(pointer) ?? []) value = getOwn(value, segment);
  return value;
}

/**
 * Renames the key at `pointer` to `name`, keeping its value. JSON Patch has no rename: it is a remove and an add (the key
 * moves to the end of its object). Undefined when the object already holds `name`, which the rename would overwrite.
 */
export function renameKey(document: unknown, pointer: string, name: string): JsonPatchOperation[] | undefined {
  const segments = parsePointer(pointer);
  if (!segments || segments.length === 0) return undefined;
  const parent = joinPointer('', ...segments.slice(0, -1));
  const holder = valueAt(document, parent);
  const value = getOwn(holder, segments.at(-1)!);
  if (value === undefined || hasOwn(holder, name)) return undefined;
  return [
    { op: 'remove', path: pointer },
    { op: 'add', path: joinPointer(parent, name), value },
  ];
}

/** The allowed value that `value` spells in another letter case, if there is exactly one. */
export function inAllowedCase(value: unknown, allowed: readonly string[]): string | undefined {
  if (typeof value !== 'string') return undefined;
  const matches = allowed.filter((candidate) => candidate.toLowerCase() === value.trim().toLowerCase());
  return matches.length === 1 && matches[0] !== value ? matches[0] : undefined;
}

/** A fix that writes `value` at `pointer`. */
export function replaceWith(pointer: string, value: unknown): JsonPatchOperation[] {
  return [{ op: 'replace', path: pointer, value }];
}

/**
 * `value` written in the JSON type `type` when the conversion is beyond doubt: a number or boolean as a string, "true"
 * or "false" as a boolean, a numeric string as a number (only when no digit is lost). Undefined otherwise.
 */
export function convertedTo(type: string, value: unknown): { value: unknown } | undefined {
  if (type === 'string' && (typeof value === 'number' || typeof value === 'boolean')) return { value: String(value) };
  const text = typeof value === 'string' ? value.trim() : '';
  if (type === 'boolean' && /^(true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true' };
  const number = Number(text);
  if (type === 'integer' && /^-?\d+$/.test(text) && Number.isSafeInteger(number)) return { value: number };
  // Fifteen significant digits always survive a double.
  if (type === 'number' && /^-?\d+(\.\d+)?$/.test(text) && text.replace(/\D/g, '').length <= 15) return { value: number };
  return undefined;
}
