/** Helpers for the parameter rules. */
import type { JsonObject } from '../../core/nodes.js';
import { clip } from './operation-text.js';
import { stringField } from './operations.js';

/** How a finding names a parameter: `'name' (query)`. */
export function parameterLabel(value: JsonObject): string {
  const name = clip(stringField(value, 'name') ?? '(unnamed)');
  const location = stringField(value, 'in');
  return location ? `'${name}' (${location})` : `'${name}'`;
}

export function locationOf(value: JsonObject): string | undefined {
  return stringField(value, 'in');
}

export function isInternal(value: JsonObject): boolean {
  return value['x-ms-visibility'] === 'internal';
}

/**
 * Parameters the user sees and types into: Microsoft requires `x-ms-summary` and `description` on these. Body
 * parameters (labelled by their schema) and internal ones (never shown) are exempt in every accepted connector.
 */
export function isUserFacing(value: JsonObject): boolean {
  return locationOf(value) !== 'body' && !isInternal(value);
}
