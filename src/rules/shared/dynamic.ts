/**
 * Helpers for the dynamic extensions (`x-ms-dynamic-values`, `-list`, `-schema`, `-properties`, `-tree`): the operations
 * of a document by id, the inputs a dynamic call names, and where each dynamic extension is used.
 */
import type { ExtensionNode, JsonObject, OperationNode } from '../../core/nodes.js';
import { joinPointer } from '../../parse/pointer.js';
import type { RefResolver } from '../../core/refs.js';
import type { Visitors } from '../../core/rule.js';
import { entries, isObject } from '../../core/walk.js';
import { extensionVisitors } from './extensions.js';
import { perRun } from './per-run.js';
import { isSuccessCode, operationResponses } from './responses.js';
import {
  bodyParameterOf,
  collectProperties,
  collectRequired,
  declaredType,
  forEachExpanded,
  isDynamicSchema,
  resolveSchema,
  type Located,
} from './schemas.js';

export const dynamicNames = ['x-ms-dynamic-values', 'x-ms-dynamic-list', 'x-ms-dynamic-schema', 'x-ms-dynamic-properties', 'x-ms-dynamic-tree'];

export function isDynamicName(name: string): boolean {
  return dynamicNames.includes(name);
}

/** An input of an operation as a dynamic call sees it: a parameter, or a property inside the body. */
export interface OperationInput {
  /** Where the parameter or property schema is written. */
  pointer: string;
  /** Required all the way down from the operation. */
  required: boolean;
  /** The input or one of its parents is `x-ms-visibility: internal`. */
  internal: boolean;
  type: string | undefined;
  hasDefault: boolean;
}

/**
 * Finds an input by path: a parameter name, optionally followed by `/`-separated property names inside the body
 * parameter (`body/siteId`). Properties are looked up through `$ref`s and `allOf`.
 */
export function findInput(operation: OperationNode, path: string, refs: RefResolver): OperationInput | undefined {
  const [name, ...rest] = path.split('/');
  const parameter = operation.parameters.find((p) => p.value.name === name);
  if (!parameter) return undefined;
  const param = parameter.value;
  const isBody = param.in === 'body';
  let schema = isBody ? resolveSchema(refs, param.schema, joinPointer(parameter.pointer, 'schema')) : undefined;
  let input: OperationInput = {
    pointer: parameter.pointer,
    required: param.required === true,
    internal: param['x-ms-visibility'] === 'internal',
    type: isBody ? declaredType(schema?.value) : declaredType(param),
    hasDefault: param.default !== undefined,
  };
  if (rest.length > 0 && !isBody) return undefined;
  for (const [depth, segment] of rest.entries()) {
    if (!schema) return undefined;
    const property = collectProperties(refs, schema).get(segment);
    if (!property) return undefined;
    const required = collectRequired(refs, schema).has(segment);
    // A body property is judged by the schema's required lists: the body parameter's flag only says whether a body is sent.
    const parentRequired = depth === 0 || input.required;
    schema = resolveSchema(refs, property.value, property.pointer);
    input = {
      pointer: schema?.pointer ?? property.pointer,
      required: parentRequired && required,
      internal: input.internal || schema?.value['x-ms-visibility'] === 'internal',
      type: declaredType(schema?.value),
      hasDefault: schema?.value.default !== undefined,
    };
  }
  return input;
}

/** The body parameter's name, when the operation has one. */
function bodyName(operation: OperationNode): string | undefined {
  const body = bodyParameterOf(operation.parameters);
  return typeof body?.value.name === 'string' ? body.value.name : undefined;
}

/** A target input named by a key of a dynamic call's `parameters`: a parameter, a body path, or a top-level body property. */
export function findTargetInput(operation: OperationNode, key: string, refs: RefResolver): OperationInput | undefined {
  const direct = findInput(operation, key, refs);
  if (direct) return direct;
  const body = bodyName(operation);
  return body === undefined ? undefined : findInput(operation, `${body}/${key}`, refs);
}

/** One entry of a dynamic call's `parameters`: a literal value, or a reference to an input of the calling operation. */
export type DynamicArgument =
  | { key: string; pointer: string; kind: 'literal'; value: unknown }
  | { key: string; pointer: string; kind: 'reference'; path: string; form: 'parameter' | 'parameterReference' };

/** The entries of a dynamic extension's `parameters`, in the forms its extension allows; other shapes are skipped. */
export function dynamicArguments(extension: unknown, pointer: string): DynamicArgument[] {
  const out: DynamicArgument[] = [];
  if (!isObject(extension)) return out;
  for (const [key, raw] of entries(extension.parameters)) {
    const at = joinPointer(pointer, 'parameters', key);
    if (!isObject(raw)) out.push({ key, pointer: at, kind: 'literal', value: raw });
    else if (typeof raw.parameter === 'string') out.push({ key, pointer: at, kind: 'reference', path: raw.parameter, form: 'parameter' });
    else if (typeof raw.parameterReference === 'string') {
      out.push({ key, pointer: at, kind: 'reference', path: raw.parameterReference, form: 'parameterReference' });
    } else if ('value' in raw) out.push({ key, pointer: at, kind: 'literal', value: raw.value });
  }
  return out;
}

/** How a reference of a dynamic call resolves among the inputs of the calling operation. */
export interface SourceResolution {
  input: OperationInput | undefined;
  /** The name is both a parameter and a top-level body property. */
  ambiguous: boolean;
  /** The reference names a property inside a parameter (the body), not a parameter. */
  insideParameter: boolean;
}

export function resolveSource(operation: OperationNode, argument: Extract<DynamicArgument, { kind: 'reference' }>, refs: RefResolver): SourceResolution {
  if (argument.form === 'parameterReference' || argument.path.includes('/')) {
    return { input: findInput(operation, argument.path, refs), ambiguous: false, insideParameter: argument.path.includes('/') };
  }
  const body = bodyName(operation);
  const parameter = findInput(operation, argument.path, refs);
  const property = body === undefined || argument.path === body ? undefined : findInput(operation, `${body}/${argument.path}`, refs);
  if (parameter) return { input: parameter, ambiguous: property !== undefined, insideParameter: false };
  return { input: property, ambiguous: false, insideParameter: property !== undefined };
}

/** A dynamic extension written on an input of an operation (a parameter, or a schema inside its body). */
export interface DynamicUse {
  name: string;
  value: unknown;
  /** Pointer of the extension value. */
  pointer: string;
  /** The parameter or schema object that holds the extension. */
  holder: JsonObject;
  /** The operation whose inputs hold it: the caller of the dynamic operation. */
  operation: OperationNode;
}

/**
 * The operations of the document, collected during the walk, and the dynamic extensions their inputs use. Rules feed it
 * from their `operation` and `extension` visitors and read it at `connectorEnd`.
 */
export class OperationCatalog {
  readonly operations: OperationNode[] = [];
  readonly byId = new Map<string, OperationNode>();
  private schemasUseDynamic = false;
  private cachedUses: DynamicUse[] | undefined;

  add(operation: OperationNode): void {
    this.operations.push(operation);
    const id = operation.value.operationId;
    if (typeof id === 'string' && !this.byId.has(id)) this.byId.set(id, operation);
  }

  note(extension: ExtensionNode): void {
    if (extension.owner === 'schema' && isDynamicName(extension.name)) this.schemasUseDynamic = true;
  }

  /** Every dynamic extension on each operation's inputs; a shared definition is listed once per operation using it. */
  uses(refs: RefResolver): DynamicUse[] {
    if (this.cachedUses) return this.cachedUses;
    const uses: DynamicUse[] = [];
    const collect = (holder: JsonObject, pointer: string, operation: OperationNode) => {
      for (const name of dynamicNames) {
        if (holder[name] !== undefined) uses.push({ name, value: holder[name], pointer: joinPointer(pointer, name), holder, operation });
      }
    };
    for (const operation of this.operations) {
      for (const parameter of operation.parameters) {
        collect(parameter.value, parameter.pointer, operation);
        if (parameter.value.in !== 'body' || !this.schemasUseDynamic) continue;
        forEachExpanded(refs, parameter.value.schema, joinPointer(parameter.pointer, 'schema'), new Set(), (schema) =>
          collect(schema.value, schema.pointer, operation),
        );
      }
    }
    this.cachedUses = uses;
    return uses;
  }
}

/** The body schema of the operation's success response: 200, then 201, then the other 2xx codes. */
export function successSchema(operation: OperationNode, refs: RefResolver): Located | undefined {
  const responses = operationResponses(operation, refs).filter((r) => isSuccessCode(r.code) && r.value?.schema !== undefined);
  const ordered = [...responses.filter((r) => r.code === '200'), ...responses.filter((r) => r.code === '201'), ...responses];
  const first = ordered[0];
  return first && resolveSchema(refs, first.value!.schema, joinPointer(first.pointer, 'schema'));
}

/**
 * The schema at a `/`-separated property path below `root`. `'open'` when the path runs into a schema that does not
 * list its properties (free-form or dynamic), where nothing can be said.
 */
export function schemaAtPath(refs: RefResolver, root: Located, path: string): Located | 'open' | undefined {
  let current: Located = root;
  for (const segment of path.split('/')) {
    if (segment === '') continue;
    if (isOpen(refs, current)) return 'open';
    const property = collectProperties(refs, current).get(segment);
    const next = property && resolveSchema(refs, property.value, property.pointer);
    if (!next) return property ? 'open' : undefined;
    current = next;
  }
  return current;
}

/**
 * The path with each segment in the letter case the schema spells it, when the path exists only case-insensitively
 * (`Markets` for `markets`); `undefined` when it does not exist that way either.
 */
export function pathInSchemaCase(refs: RefResolver, root: Located, path: string): string | undefined {
  let current: Located = root;
  const fixed: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '') continue;
    if (isOpen(refs, current)) return undefined;
    const properties = collectProperties(refs, current);
    const name = properties.has(segment) ? segment : [...properties.keys()].find((key) => key.toLowerCase() === segment.toLowerCase());
    const property = name === undefined ? undefined : properties.get(name);
    const next = property && resolveSchema(refs, property.value, property.pointer);
    if (!next) return undefined;
    fixed.push(name!);
    current = next;
  }
  const result = fixed.join('/');
  return result === path ? undefined : result;
}

/** An object schema that names no properties, or one given at run time: any path may exist in it. */
export function isOpen(refs: RefResolver, schema: Located): boolean {
  if (isDynamicSchema(schema.value)) return true;
  const type = declaredType(schema.value);
  return (type === undefined || type === 'object') && collectProperties(refs, schema).size === 0;
}

/** One call a dynamic extension makes: the operation it names and the object holding `operationId` and `parameters`. */
export interface DynamicCall {
  extension: string;
  operationId: string;
  /** The object with `operationId` and `parameters`. */
  call: JsonObject;
  pointer: string;
}

/** The calls of a dynamic extension: one for values, list, schema and properties; `open` and `browse` for a tree. */
export function dynamicCalls(name: string, value: unknown, pointer: string): DynamicCall[] {
  const parts: Array<[unknown, string]> =
    name === 'x-ms-dynamic-tree'
      ? ['open', 'browse'].map((key): [unknown, string] => [isObject(value) ? value[key] : undefined, joinPointer(pointer, key)])
      : isDynamicName(name)
        ? [[value, pointer]]
        : [];
  return parts.flatMap(([call, at]) =>
    isObject(call) && typeof call.operationId === 'string' ? [{ extension: name, operationId: call.operationId, call, pointer: at }] : [],
  );
}

/** A reference that the parameter-name form of a dynamic extension cannot express. */
export interface UnclearReference {
  messageId: 'insideParameter' | 'ambiguous';
  pointer: string;
  data: { path: string; reference: string; operation: string };
}

/**
 * References of `extension` (x-ms-dynamic-values or -schema) that need its path-based `companion` (x-ms-dynamic-list or
 * -properties), where the companion is missing: names of body properties, and names that are both a parameter and a body
 * property. Each argument is reported once, even when several operations share it.
 */
function unclearReferences(catalog: OperationCatalog, refs: RefResolver, extension: string, companion: string): UnclearReference[] {
  const out: UnclearReference[] = [];
  const seen = new Set<string>();
  for (const use of catalog.uses(refs)) {
    if (use.name !== extension || use.holder[companion] !== undefined) continue;
    for (const argument of dynamicArguments(use.value, use.pointer)) {
      if (argument.kind !== 'reference' || seen.has(argument.pointer)) continue;
      const source = resolveSource(use.operation, argument, refs);
      const messageId = source.ambiguous ? 'ambiguous' : source.insideParameter ? 'insideParameter' : undefined;
      if (!messageId) continue;
      seen.add(argument.pointer);
      const body = bodyName(use.operation);
      const reference = argument.path.includes('/') || body === undefined ? argument.path : `${body}/${argument.path}`;
      const operation = typeof use.operation.value.operationId === 'string' ? use.operation.value.operationId : use.operation.path;
      out.push({ messageId, pointer: argument.pointer, data: { path: argument.path, reference, operation } });
    }
  }
  return out;
}

/**
 * The operations and every call a dynamic extension makes, collected once per run for all the dynamic rules: each
 * rule feeds it from its own visitors (so it is complete whichever of them are on), and the first to see a node records
 * it. What the rules derive from it is computed once too.
 */
export class DynamicCollection {
  readonly catalog = new OperationCatalog();
  readonly calls: DynamicCall[] = [];
  private lastOperation: OperationNode | undefined;
  private lastExtension: ExtensionNode | undefined;
  private linked: LinkedReference[] | undefined;
  private readonly unclear = new Map<string, UnclearReference[]>();

  /** The engine hands every rule the same node object, one node at a time: a node equal to the last one is recorded. */
  readonly operation = (operation: OperationNode): void => {
    if (operation === this.lastOperation) return;
    this.lastOperation = operation;
    this.catalog.add(operation);
  };

  readonly extension = (extension: ExtensionNode): void => {
    if (extension === this.lastExtension) return;
    this.lastExtension = extension;
    this.catalog.note(extension);
    if (isDynamicName(extension.name)) this.calls.push(...dynamicCalls(extension.name, extension.value, extension.pointer));
  };

  /** {@link extension} keyed by each dynamic extension's name, the only ones it records. */
  readonly extensionVisitors: Visitors = extensionVisitors(dynamicNames, this.extension);

  linkedReferences(refs: RefResolver): LinkedReference[] {
    return (this.linked ??= linkedReferences(this.catalog, refs));
  }

  unclearReferences(refs: RefResolver, extension: string, companion: string): UnclearReference[] {
    const key = `${extension} ${companion}`;
    let found = this.unclear.get(key);
    if (!found) this.unclear.set(key, (found = unclearReferences(this.catalog, refs, extension, companion)));
    return found;
  }
}

/** The run's collection. */
export const dynamicCollection = perRun(() => new DynamicCollection());

/** Visitors that feed the run's dynamic collection, then hand it over when the walk ends. */
export function afterDynamicCalls(refs: RefResolver, onEnd: (collected: DynamicCollection) => void): Visitors {
  const collected = dynamicCollection(refs);
  return { operation: collected.operation, ...collected.extensionVisitors, connectorEnd: () => onEnd(collected) };
}

/** A reference argument of a dynamic call, with the input it fills in the called operation and the input it reads. */
export interface LinkedReference {
  argument: Extract<DynamicArgument, { kind: 'reference' }>;
  caller: OperationNode;
  callee: OperationNode;
  operationId: string;
  target: OperationInput | undefined;
  source: SourceResolution;
}

/** Every reference argument of the dynamic calls on operation inputs, linked to both ends; each argument once. */
function linkedReferences(catalog: OperationCatalog, refs: RefResolver): LinkedReference[] {
  const out: LinkedReference[] = [];
  const seen = new Set<string>();
  for (const use of catalog.uses(refs)) {
    for (const call of dynamicCalls(use.name, use.value, use.pointer)) {
      const callee = catalog.byId.get(call.operationId);
      if (!callee) continue;
      for (const argument of dynamicArguments(call.call, call.pointer)) {
        if (argument.kind !== 'reference' || seen.has(argument.pointer)) continue;
        seen.add(argument.pointer);
        const target = findTargetInput(callee, argument.key, refs);
        out.push({ argument, caller: use.operation, callee, operationId: call.operationId, target, source: resolveSource(use.operation, argument, refs) });
      }
    }
  }
  return out;
}
