import type { HttpMethod, JsonObject } from '../core/nodes.js';
import { getOwn, hasOwn, joinPointer } from '../parse/pointer.js';
import { RefResolver } from '../core/refs.js';
import { entries, httpMethods, isObject } from '../core/walk.js';
import type { ConnectorFile, ConnectorInput, FileRole, JsonFile } from '../parse/connector.js';

/**
 * Whether a JSON file can be compared. `recovered` files have syntax errors that the parser read past (the platform's
 * lenient reader accepts some, such as a missing comma) and are compared as recovered; `unreadable` ones yield no object.
 */
export type FileState = 'ok' | 'recovered' | 'absent' | 'unreadable';

export interface JsonDocument {
  file?: JsonFile;
  state: FileState;
  /** The root object; empty when the file is absent or unreadable. */
  root: JsonObject;
}

export interface ParameterView {
  name: string;
  in: string;
  value: JsonObject;
  /** Where the parameter object is written (the `#/parameters/...` target of a reference). */
  pointer: string;
  /** Where the operation lists it. */
  usePointer: string;
}

export interface ResponseView {
  code: string;
  value: JsonObject;
  pointer: string;
}

export interface OperationView {
  /** The operationId, when the operation has one. */
  operationId?: string;
  /** What flows bind to: the operationId, or `METHOD path` for an operation without one. */
  key: string;
  method: HttpMethod;
  path: string;
  /** `basePath` and path joined: what the operation calls, whichever of the two holds a segment. */
  url: string;
  pointer: string;
  value: JsonObject;
  /** Path-level parameters merged with the operation's own, references resolved. */
  parameters: ParameterView[];
  /** The success response: the lowest 2xx code, else `default`. */
  response?: ResponseView;
  /**
   * The schema of what flows read: the path item's `x-ms-notification-content` for a webhook trigger, otherwise the
   * success response's schema.
   */
  outputs?: { value: unknown; pointer: string; from: 'response' | 'notification' };
}

/** One version of the connector, indexed for comparison. */
export interface ConnectorSide {
  input: ConnectorInput;
  apiDefinition: JsonDocument;
  apiProperties: JsonDocument;
  refs: RefResolver;
  /** Operations in document order. */
  operations: OperationView[];
  fileOf(role: FileRole): ConnectorFile | undefined;
}

export function buildSide(input: ConnectorInput): ConnectorSide {
  const fileOf = (role: FileRole) => input.files.find((file) => file.role === role);
  const apiDefinition = documentOf(fileOf('apiDefinition'));
  const refs = new RefResolver(apiDefinition.root);
  return {
    input,
    apiDefinition,
    apiProperties: documentOf(fileOf('apiProperties')),
    refs,
    operations: operationsOf(apiDefinition.root, refs),
    fileOf,
  };
}

function documentOf(file: ConnectorFile | undefined): JsonDocument {
  if (!file) return { state: 'absent', root: {} };
  if (file.type !== 'json') return { state: 'unreadable', root: {} };
  if (!isObject(file.value) || file.diagnostics.some((d) => d.code === 'too-deep')) return { file, state: 'unreadable', root: {} };
  const recovered = file.diagnostics.some((d) => d.code === 'syntax-error');
  return { file, state: recovered ? 'recovered' : 'ok', root: file.value };
}

function operationsOf(root: JsonObject, refs: RefResolver): OperationView[] {
  const out: OperationView[] = [];
  const basePath = typeof root.basePath === 'string' ? root.basePath : '';
  for (const [path, rawItem] of entries(root.paths)) {
    if (path.startsWith('x-')) continue;
    const itemPointer = joinPointer('/paths', path);
    const item = refs.follow(rawItem, itemPointer).value;
    if (!isObject(item)) continue;
    for (const method of httpMethods) {
      const value = item[method];
      if (!isObject(value)) continue;
      const pointer = joinPointer(itemPointer, method);
      const operationId = typeof value.operationId === 'string' && value.operationId !== '' ? value.operationId : undefined;
      const response = successResponse(value, pointer, refs);
      const outputs = outputsOf(item, itemPointer, value, response);
      out.push({
        ...(operationId !== undefined && { operationId }),
        key: operationId ?? `${method.toUpperCase()} ${path}`,
        method,
        path,
        url: `/${basePath}/${path}`.replace(/\/{2,}/g, '/'),
        pointer,
        value,
        parameters: parametersOf(item.parameters, itemPointer, value.parameters, pointer, refs),
        ...(response && { response }),
        ...(outputs && { outputs }),
      });
    }
  }
  return out;
}

/** Operation-level parameters override path-level ones with the same name and location. */
function parametersOf(shared: unknown, itemPointer: string, own: unknown, pointer: string, refs: RefResolver): ParameterView[] {
  const byKey = new Map<string, ParameterView>();
  const add = (list: unknown, listPointer: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((raw, index) => {
      const usePointer = joinPointer(listPointer, 'parameters', index);
      const resolved = refs.follow(raw, usePointer);
      const value = resolved.value;
      if (resolved.failure || !isObject(value) || typeof value.name !== 'string' || typeof value.in !== 'string') return;
      const key = `${value.name}\u0000${value.in}`;
      byKey.delete(key);
      byKey.set(key, { name: value.name, in: value.in, value, pointer: resolved.pointer ?? usePointer, usePointer });
    });
  };
  add(shared, itemPointer);
  add(own, pointer);
  return [...byKey.values()];
}

function successResponse(operation: JsonObject, pointer: string, refs: RefResolver): ResponseView | undefined {
  const codes = entries(operation.responses).map(([code]) => code);
  const code = codes.filter((c) => /^2[0-9][0-9]$/.test(c)).sort()[0] ?? codes.find((c) => c === 'default');
  if (code === undefined) return undefined;
  const usePointer = joinPointer(pointer, 'responses', code);
  const resolved = refs.follow(getOwn(operation.responses, code), usePointer);
  if (resolved.failure || !isObject(resolved.value)) return undefined;
  return { code, value: resolved.value, pointer: resolved.pointer ?? usePointer };
}

function outputsOf(item: JsonObject, itemPointer: string, operation: JsonObject, response: ResponseView | undefined): OperationView['outputs'] {
  const notification = item['x-ms-notification-content'];
  if (operation['x-ms-trigger'] !== undefined && isObject(notification) && hasOwn(notification, 'schema')) {
    return { value: notification.schema, pointer: joinPointer(itemPointer, 'x-ms-notification-content', 'schema'), from: 'notification' };
  }
  if (!response || !hasOwn(response.value, 'schema')) return undefined;
  return { value: response.value.schema, pointer: joinPointer(response.pointer, 'schema'), from: 'response' };
}
