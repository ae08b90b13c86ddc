/** Helpers for the schema and response rules: JSON types, `$ref`-aware lookups and bounded expansion. */
import type { JsonObject } from '../../core/nodes.js';
import { getOwn, joinPointer } from '../../parse/pointer.js';
import type { RefResolver } from '../../core/refs.js';
import type { RuleContext, Visitors } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';
import { jsonType } from '../../core/json-object.js';
import { pointerAt } from '../../core/walk-nodes.js';

/** A schema object and where it is written. */
export interface Located {
  value: JsonObject;
  pointer: string;
}

export type JsonTypeName = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';

/** The Swagger type name of a JSON value: whole numbers are `integer`. */
export function jsonTypeOf(value: unknown): JsonTypeName {
  return jsonType(value) as JsonTypeName;
}

/** Whether a JSON value fits a declared Swagger type (`integer` values fit `number`). */
export function fitsType(value: unknown, type: string): boolean {
  const actual = jsonTypeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

/** The declared `type` when it is a single string. */
export function declaredType(schema: unknown): string | undefined {
  const type = getOwn(schema, 'type');
  return typeof type === 'string' ? type : undefined;
}

/** Follows `$ref`s from a schema value; `undefined` when the chain is broken or does not end at an object. */
export function resolveSchema(refs: RefResolver, value: unknown, pointer: string): Located | undefined {
  const resolved = refs.follow(value, pointer);
  if (resolved.failure || !isObject(resolved.value) || resolved.pointer === undefined) return undefined;
  return { value: resolved.value, pointer: resolved.pointer };
}

/** Whether the schema's shape is given at run time by a dynamic extension. */
export function isDynamicSchema(schema: unknown): boolean {
  return isObject(schema) && (schema['x-ms-dynamic-schema'] !== undefined || schema['x-ms-dynamic-properties'] !== undefined);
}

/** A property of a schema; its pointer is built when read. */
class PropertyAt {
  constructor(
    readonly value: unknown,
    private readonly owner: Located,
    private readonly name: string,
  ) {}

  get pointer(): string {
    return joinPointer(this.owner.pointer, 'properties', this.name);
  }
}

/**
 * The properties of an object schema, its `allOf` parts included (through `$ref`s, each part once), keyed by name.
 * The first declaration of a name wins.
 */
export function collectProperties(refs: RefResolver, schema: Located): Map<string, { value: unknown; readonly pointer: string }> {
  const out = new Map<string, { value: unknown; readonly pointer: string }>();
  // Most schemas have no `allOf`: their own properties, with no stack or set of visited parts.
  if (!Array.isArray(schema.value.allOf)) {
    const properties = schema.value.properties;
    if (isObject(properties)) for (const name in properties) if (Object.hasOwn(properties, name)) out.set(name, new PropertyAt(properties[name], schema, name));
    return out;
  }
  const seen = new Set<string>();
  const stack: Located[] = [schema];
  while (stack.length) {
    const current = stack.pop()!;
    if (seen.has(current.pointer)) continue;
    seen.add(current.pointer);
    const properties = current.value.properties;
    if (isObject(properties)) {
      for (const name in properties) if (Object.hasOwn(properties, name) && !out.has(name)) out.set(name, new PropertyAt(properties[name], current, name));
    }
    const parts = Array.isArray(current.value.allOf) ? current.value.allOf : [];
    for (let i = parts.length - 1; i >= 0; i--) {
      const part = resolveSchema(refs, parts[i], joinPointer(current.pointer, 'allOf', i));
      if (part) stack.push(part);
    }
  }
  return out;
}

/** The `required` names of a schema and its `allOf` parts. */
export function collectRequired(refs: RefResolver, schema: Located): Set<string> {
  const out = new Set<string>();
  if (!Array.isArray(schema.value.allOf)) {
    const required = schema.value.required;
    if (Array.isArray(required)) for (const name of required) if (typeof name === 'string') out.add(name);
    return out;
  }
  const seen = new Set<string>();
  const stack: Located[] = [schema];
  while (stack.length) {
    const current = stack.pop()!;
    if (seen.has(current.pointer)) continue;
    seen.add(current.pointer);
    if (Array.isArray(current.value.required)) for (const name of current.value.required) if (typeof name === 'string') out.add(name);
    const parts = Array.isArray(current.value.allOf) ? current.value.allOf : [];
    parts.forEach((part, i) => {
      const found = resolveSchema(refs, part, joinPointer(current.pointer, 'allOf', i));
      if (found) stack.push(found);
    });
  }
  return out;
}

/** A schema met while expanding `$ref`s, with what its ancestors say about it. */
export interface ExpandedSchema extends Located {
  /** Whether every property on the way down is required by its parent. */
  requiredChain: boolean;
  /** Whether the schema or one of its ancestors is `x-ms-visibility: internal`. */
  internalChain: boolean;
}

/**
 * Visits a schema tree with `$ref`s expanded. Each definition is entered at most once per `visited` set, so a set shared
 * across calls keeps a whole run linear, and cycles end.
 */
export function forEachExpanded(
  refs: RefResolver,
  root: unknown,
  rootPointer: string,
  visited: Set<string>,
  visit: (schema: ExpandedSchema) => void,
  start: { requiredChain?: boolean; internalChain?: boolean } = {},
): void {
  type Pending = { value: unknown; pointer: string; requiredChain: boolean; internalChain: boolean };
  const stack: Pending[] = [{ value: root, pointer: rootPointer, requiredChain: start.requiredChain ?? true, internalChain: start.internalChain ?? false }];
  while (stack.length) {
    const pending = stack.pop()!;
    let value = pending.value;
    let pointer = pending.pointer;
    if (getOwn(value, '$ref') !== undefined) {
      const target = resolveSchema(refs, value, pointer);
      if (!target || visited.has(target.pointer)) continue;
      visited.add(target.pointer);
      ({ value, pointer } = target);
    }
    if (!isObject(value)) continue;
    const { requiredChain } = pending;
    const internalChain = pending.internalChain || value['x-ms-visibility'] === 'internal';
    visit({ value, pointer, requiredChain, internalChain });
    // Children are pushed in document order and the run reversed, so they are visited in document order; no list of
    // children or entry pairs per schema (this runs for every schema of every body).
    const first = stack.length;
    // The required names matter only while the chain holds (a set keeps a long list linear).
    const required = requiredChain && Array.isArray(value.required) ? new Set(value.required) : undefined;
    const properties = value.properties;
    if (isObject(properties)) {
      for (const name in properties) {
        if (!Object.hasOwn(properties, name)) continue;
        const chain = required !== undefined && required.has(name);
        stack.push({ value: properties[name], pointer: pointerAt(pointer, '/properties/', name), requiredChain: chain, internalChain });
      }
    }
    if (isObject(value.items)) stack.push({ value: value.items, pointer: pointer + '/items', requiredChain, internalChain });
    const allOf = value.allOf;
    if (Array.isArray(allOf)) {
      for (let i = 0; i < allOf.length; i++) {
        stack.push({ value: allOf[i], pointer: pointerAt(pointer, '/allOf/', i), requiredChain, internalChain });
      }
    }
    for (let i = first, j = stack.length - 1; i < j; i++, j--) {
      // A swap through a variable: destructuring an array literal may build the array and iterate it.
      const swapped = stack[i]!;
      stack[i] = stack[j]!;
      stack[j] = swapped;
    }
  }
}

/** The body parameter of an operation, if any. */
export function bodyParameterOf(parameters: ReadonlyArray<{ value: JsonObject; pointer: string }>) {
  return parameters.find((p) => p.value.in === 'body');
}

/** The swagger's file name, for reports made after the walk (at `connectorEnd`). */
export function apiDefinitionName(context: RuleContext): string {
  return context.fileOf('apiDefinition')?.name ?? 'apiDefinition.swagger.json';
}

/** A schema-like object: a schema, a non-body parameter, a response header, or the `items` of either of the last two. */
export interface SchemaLike {
  value: JsonObject;
  kind: 'schema' | 'parameter' | 'header' | 'items';
  /** Where it is written; read it only to report, since it may be built on demand. */
  readonly pointer: string;
}

const noSegments: ReadonlyArray<string> = [];

/**
 * A schema-like object whose pointer is its owner's (a walk node) plus some segments and, for nested `items`, one
 * `/items` per level: built when read, without recursion however deep the `items` go.
 */
class SchemaLikeAt implements SchemaLike {
  constructor(
    readonly value: JsonObject,
    readonly kind: SchemaLike['kind'],
    private readonly owner: { readonly pointer: string },
    private readonly segments: ReadonlyArray<string> = noSegments,
    private readonly itemsDepth = 0,
  ) {}

  get pointer(): string {
    return joinPointer(this.owner.pointer, ...this.segments) + '/items'.repeat(this.itemsDepth);
  }
}

/**
 * Visitors that call `visit` for every schema-like object where it is written: keywords such as `enum`, `format`,
 * `pattern` and the numeric limits mean the same in all of them. `wants` is a cheap first look at the object: most
 * schemas lack the keyword a rule checks, and those cost no wrapper object.
 */
export function onSchemaLike(visit: (target: SchemaLike) => void, wants: (value: JsonObject) => boolean): Visitors {
  // The object and each `items` object nested in it, however deep.
  const withItems = (value: JsonObject, kind: SchemaLike['kind'], owner: { readonly pointer: string }, segments?: ReadonlyArray<string>) => {
    for (let at: unknown = value, depth = 0; isObject(at); at = at.items, depth++) {
      if (wants(at)) visit(new SchemaLikeAt(at, depth === 0 ? kind : 'items', owner, segments, depth));
    }
  };
  return {
    schema: (node) => {
      if (wants(node.value)) visit(new SchemaLikeAt(node.value, 'schema', node));
    },
    parameter: (node) => {
      if (node.value.in !== 'body') withItems(node.value, 'parameter', node);
    },
    response: (node) => {
      const headers = node.value.headers;
      if (!isObject(headers)) return;
      for (const name of Object.keys(headers)) {
        const header = headers[name];
        if (isObject(header)) withItems(header, 'header', node, ['headers', name]);
      }
    },
  };
}
