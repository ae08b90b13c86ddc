import { limitNames, type Limits } from './limits.js';
import { InvalidArgumentError } from './errors.js';
import { didYouMean } from './suggest.js';
import { quotedList, shorten } from './wording.js';

/**
 * Checks of the options objects callers pass. An option that does not exist or holds the wrong kind of value is a
 * programming mistake: it throws {@link InvalidArgumentError} at once, so a misspelt profile can never pass silently.
 */

/** `Array.isArray` that answers false for a revoked Proxy instead of throwing. */
export function isArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** `instanceof Uint8Array` that answers false for a Proxy whose prototype trap throws. */
export function isBytes(value: unknown): value is Uint8Array {
  try {
    return value instanceof Uint8Array;
  } catch {
    return false;
  }
}

/** An object that is not an array, a byte array, or null. */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || isArray(value)) return false;
  return !isBytes(value);
}

/** A short name for a value, for messages: `null`, `an array`, `'certifed'`, `a number`. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (isArray(value)) return 'an array';
  if (isBytes(value)) return 'a byte array';
  if (typeof value === 'string') return `'${shorten(value, 60)}'`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'function') return 'a function';
  return `${typeof value === 'undefined' ? '' : `the ${typeof value} `}${String(value)}`;
}

/** The options object itself: `undefined`, or an object holding only known option names. */
export function checkOptionNames(options: unknown, argument: string, known: readonly string[]): Record<string, unknown> {
  if (options === undefined) return {};
  if (!isPlainRecord(options)) throw new InvalidArgumentError(argument, `expected an object, got ${describe(options)}.`);
  for (const name of Object.keys(options)) {
    if (!known.includes(name)) {
      throw new InvalidArgumentError(`${argument}.${name}`, `there is no such option${didYouMean(name, known)}`);
    }
  }
  return options;
}

/** A value that must be one of a few words. */
export function checkWord<T extends string>(value: unknown, argument: string, allowed: readonly T[], what: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  const hint = typeof value === 'string' ? didYouMean(value, allowed) : '.';
  const tail = hint === '.' ? `; use ${quotedList(allowed)}.` : hint;
  throw new InvalidArgumentError(argument, `${describe(value)} is not ${what}${tail}`);
}

/** `{ id: level }` where every id is known and every level allowed. */
export function checkLevels(value: unknown, argument: string, ids: readonly string[], levels: readonly string[], what: string): void {
  if (value === undefined) return;
  if (!isPlainRecord(value)) throw new InvalidArgumentError(argument, `expected an object of ${what} ids, got ${describe(value)}.`);
  for (const [id, level] of Object.entries(value)) {
    if (!ids.includes(id)) throw new InvalidArgumentError(`${argument}.${id}`, `there is no ${what} with this id${didYouMean(id, ids)}`);
    checkWord(level, `${argument}.${id}`, levels, 'a level');
  }
}

/** An array whose items pass `check`. */
export function checkArray(value: unknown, argument: string, check: (item: unknown, argument: string) => void): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) throw new InvalidArgumentError(argument, `expected an array, got ${describe(value)}.`);
  value.forEach((item, index) => check(item, `${argument}[${index}]`));
}

/** Each key in `fields` must hold a string. */
export function checkStrings(value: unknown, argument: string, fields: readonly string[]): void {
  if (!isPlainRecord(value)) throw new InvalidArgumentError(argument, `expected an object with ${fields.join(', ')}, got ${describe(value)}.`);
  for (const field of fields) {
    if (typeof value[field] !== 'string') throw new InvalidArgumentError(`${argument}.${field}`, `expected a string, got ${describe(value[field])}.`);
  }
}

/** `limits`: known names, each a positive number (`Infinity` turns a limit off). */
export function checkLimits(value: unknown, argument: string): Partial<Limits> | undefined {
  if (value === undefined) return undefined;
  const limits = checkOptionNames(value, argument, limitNames);
  for (const [name, limit] of Object.entries(limits)) {
    if (typeof limit !== 'number' || Number.isNaN(limit) || limit <= 0) {
      throw new InvalidArgumentError(`${argument}.${name}`, `expected a positive number (Infinity for no limit), got ${describe(limit)}.`);
    }
  }
  return limits as Partial<Limits>;
}

/** Ids must be unique and must not shadow a built-in one. */
export function checkNewIds(ids: readonly string[], builtIn: readonly string[], argument: string, what: string): void {
  const seen = new Set(builtIn);
  ids.forEach((id, index) => {
    if (seen.has(id)) throw new InvalidArgumentError(`${argument}[${index}]`, `a ${what} with the id '${id}' already exists; give it another id.`);
    seen.add(id);
  });
}
