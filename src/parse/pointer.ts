/** RFC 6901 JSON pointers. */

export function escapeSegment(segment: string | number): string {
  const text = String(segment);
  // Most keys need no escaping; skipping the two replacements matters on large documents.
  if (!text.includes('~') && !text.includes('/')) return text;
  // String patterns: no regular expression to run (every path key has a '/').
  return text.replaceAll('~', '~0').replaceAll('/', '~1');
}

export function unescapeSegment(segment: string): string {
  if (!segment.includes('~')) return segment;
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

export function joinPointer(base: string, ...segments: Array<string | number>): string {
  let out = base;
  for (const segment of segments) out += '/' + escapeSegment(segment);
  return out;
}

/** Whether a pointer is `base` or below it. */
export function isWithin(pointer: string, base: string): boolean {
  return pointer === base || pointer.startsWith(`${base}/`);
}

/** Splits a pointer into unescaped segments; `undefined` when it is not a pointer. */
export function parsePointer(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  const segments = pointer.slice(1).split('/');
  return pointer.includes('~') ? segments.map(unescapeSegment) : segments;
}

/** The array index a pointer segment names, or -1 when it names none (`01`, `-`, `1e2`); most findings ask for one. */
export function itemIndex(segment: string): number {
  const length = segment.length;
  if (length === 0 || (length > 1 && segment.charCodeAt(0) === 48)) return -1;
  for (let i = 0; i < length; i++) {
    const c = segment.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
  }
  return Number(segment);
}

/** Own-property lookup that never reaches the prototype chain. */
export function getOwn(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    const index = itemIndex(key);
    return index < 0 ? undefined : value[index];
  }
  // Not Object.hasOwn: optimised code runs this form about 10 % faster, and these two run for most lookups of a run.
  return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

export function hasOwn(value: unknown, key: string): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return getOwn(value, key) !== undefined;
  return Object.prototype.hasOwnProperty.call(value, key);
}
