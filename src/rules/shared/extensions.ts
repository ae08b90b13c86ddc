/** Helpers for the x-ms extension rules. */
import type { ExtensionNode, JsonObject, OperationNode } from '../../core/nodes.js';
import { extensionKeyPrefix, type Visitors } from '../../core/rule.js';
import { joinPointer } from '../../parse/pointer.js';
import type { RefResolver } from '../../core/refs.js';
import { entries, isObject } from '../../core/walk.js';
import { forEachExpanded } from './schemas.js';
import { shorten } from '../../parse/wording.js';

/** The documented values of `x-ms-visibility`. */
export const visibilityValues = ['important', 'advanced', 'internal'];

/** Every spelling the platform accepts: merged connectors also use an empty value and capitalised ones. */
export const visibilityVariants = [...visibilityValues, '', 'Important', 'Advanced', 'Internal'];

type ExtensionKey = `extension:${string}`;

/** The visitor keys of each list of names, made once: a key made anew each run is a new string to look up each run. */
const keysOf = new WeakMap<Iterable<string>, readonly ExtensionKey[]>();

/**
 * Visitors keyed by each of `names` that all call `visit`: for a rule that checks several extensions alike. Pass the
 * same list each run (a module's constant), so its keys are made once.
 */
export function extensionVisitors(names: Iterable<string>, visit: (node: ExtensionNode) => void): Visitors {
  let keys = keysOf.get(names);
  if (keys === undefined) {
    keys = Array.from(names, (name) => (extensionKeyPrefix + name) as ExtensionKey);
    keysOf.set(names, keys);
  }
  const visitors: Visitors = {};
  for (const key of keys) visitors[key] = visit;
  return visitors;
}

/** A short, quoted rendering of a JSON value for messages. */
export function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return shorten(text, 60, '...');
}

/** Keys of `value` that are not in `allowed`, in document order. */
export function unknownKeys(value: JsonObject, allowed: readonly string[]): string[] {
  return Object.keys(value).filter((key) => !allowed.includes(key));
}

/** An `operationId` named inside an extension, and where. */
export interface OperationReference {
  operationId: string;
  pointer: string;
}

/** The extensions that name operations. */
export const callingExtensions: ReadonlySet<string> = new Set([
  'x-ms-dynamic-values',
  'x-ms-dynamic-list',
  'x-ms-dynamic-schema',
  'x-ms-dynamic-properties',
  'x-ms-notification',
  'x-ms-dynamic-tree',
  'x-ms-operation-context',
  'x-ms-capabilities',
]);

const noReferences: readonly OperationReference[] = [];

/** The operations an extension value calls, by the extension's name (`pointer` is the extension value's). */
export function referencedOperations(name: string, value: unknown, pointer: string): readonly OperationReference[] {
  // Most extensions (x-ms-summary, x-ms-visibility) name none: answer those without allocating.
  if (!callingExtensions.has(name)) return noReferences;
  const out: OperationReference[] = [];
  const take = (holder: unknown, at: string) => {
    if (isObject(holder) && typeof holder.operationId === 'string') out.push({ operationId: holder.operationId, pointer: joinPointer(at, 'operationId') });
  };
  switch (name) {
    case 'x-ms-dynamic-values':
    case 'x-ms-dynamic-list':
    case 'x-ms-dynamic-schema':
    case 'x-ms-dynamic-properties':
    case 'x-ms-notification':
      take(value, pointer);
      break;
    case 'x-ms-dynamic-tree':
      for (const [key, part] of entries(value)) take(part, joinPointer(pointer, key));
      break;
    case 'x-ms-operation-context':
      if (isObject(value)) take(value.simulate, joinPointer(pointer, 'simulate'));
      break;
    case 'x-ms-capabilities':
      if (!isObject(value)) break;
      take(value.testConnection, joinPointer(pointer, 'testConnection'));
      for (const [key, part] of entries(value['file-picker'])) take(part, joinPointer(pointer, 'file-picker', key));
      break;
  }
  return out;
}

/** A webhook trigger: an operation with `x-ms-trigger` whose path item describes the notification it receives. */
export function isWebhook(operation: OperationNode): boolean {
  return operation.value['x-ms-trigger'] !== undefined && isObject(operation.pathItem.value['x-ms-notification-content']);
}

/** An input of an operation marked `x-ms-notification-url: true`. */
export interface NotificationUrlField {
  pointer: string;
  value: JsonObject;
  inBody: boolean;
  /** Required all the way from the operation. */
  required: boolean;
  /** Internal itself or through a parent. */
  internal: boolean;
}

/** The inputs of an operation marked as the callback URL of a webhook, body schemas searched through `$ref`s. */
export function notificationUrlFields(operation: OperationNode, refs: RefResolver): NotificationUrlField[] {
  const out: NotificationUrlField[] = [];
  for (const { value, pointer } of operation.parameters) {
    const internal = value['x-ms-visibility'] === 'internal';
    if (value['x-ms-notification-url'] === true) out.push({ pointer, value, inBody: false, required: value.required === true, internal });
    if (value.in !== 'body') continue;
    // The body parameter's own flag says whether a body is sent at all; the schema's required lists decide the fields.
    const start = { requiredChain: true, internalChain: internal };
    forEachExpanded(refs, value.schema, joinPointer(pointer, 'schema'), new Set(), (schema) => {
      if (schema.value['x-ms-notification-url'] !== true) return;
      out.push({ pointer: schema.pointer, value: schema.value, inBody: true, required: schema.requiredChain, internal: schema.internalChain });
    }, start);
  }
  return out;
}
