/** Helpers for the parameter rules. */
import type { JsonObject, ParameterNode } from '../../core/nodes.js';
import { httpMethods, isObject } from '../../core/walk.js';
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

/**
 * Whether a parameter is listed only by operations hidden with `x-ms-visibility: internal` (inline on one, or on a path
 * item whose operations are all internal). Nobody sees such an operation's inputs, so they need no label or hint.
 */
export function onlyOnInternalOperations(node: ParameterNode): boolean {
  if (node.operation) return isInternal(node.operation.value);
  if (!node.pathItem) return false;
  const operations = httpMethods.map((method) => node.pathItem!.value[method]).filter(isObject);
  return operations.length > 0 && operations.every(isInternal);
}
