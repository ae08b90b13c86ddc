/**
 * The node objects the walk hands to rules. Each kind is a small class, so its nodes share one shape (object spreads
 * of optional fields gave each kind several, which made every rule's property reads slower).
 * @module
 */
import { escapeSegment } from '../parse/pointer.js';
import { isObject } from './json-object.js';
import type { RefResolution, RefResolver } from './refs.js';
import type {
  EffectiveParameter,
  ExtensionNode,
  ExtensionOwner,
  HttpMethod,
  JsonObject,
  OperationNode,
  ParameterNode,
  PathItemNode,
  RefNode,
  RefTarget,
  ResponseNode,
  SchemaNode,
  SchemaRole,
} from './nodes.js';

/** `base` + `suffix` (literal, already escaped, e.g. `/properties/`) + the escaped `key`, without a rest array. */
export function pointerAt(base: string, suffix: string, key?: string | number): string {
  return key === undefined ? base + suffix : base + suffix + escapeSegment(key);
}

export class PathItemAt implements PathItemNode {
  readonly pointer: string;

  constructor(
    readonly path: string,
    readonly value: JsonObject,
  ) {
    this.pointer = pointerAt('/paths/', '', path);
  }
}

export class OperationAt implements OperationNode {
  readonly path: string;
  readonly pointer: string;
  consumes: { list: unknown[]; pointer: string } | undefined = undefined;
  readonly #shared: readonly unknown[];
  readonly #refs: RefResolver;
  #parameters: EffectiveParameter[] | undefined;

  constructor(
    readonly method: HttpMethod,
    readonly value: JsonObject,
    readonly pathItem: PathItemAt,
    shared: readonly unknown[],
    refs: RefResolver,
  ) {
    this.path = pathItem.path;
    this.pointer = pointerAt(pathItem.pointer, '/', method);
    this.#shared = shared;
    this.#refs = refs;
  }

  /** Built when a rule first asks: path-level parameters overridden by the operation's own. */
  get parameters(): EffectiveParameter[] {
    this.#parameters ??= effectiveParameters(this.pathItem.pointer, this.#shared, this.pointer, this.value.parameters, this.#refs);
    return this.#parameters;
  }
}

export class ParameterAt implements ParameterNode {
  constructor(
    readonly pointer: string,
    readonly value: JsonObject,
    readonly operation: OperationNode | undefined,
    readonly pathItem: PathItemNode | undefined,
  ) {}
}

export class ResponseAt implements ResponseNode {
  constructor(
    readonly pointer: string,
    readonly code: string,
    readonly value: JsonObject,
    readonly operation: OperationNode | undefined,
  ) {}
}

/**
 * A schema object met by the walk (emitted as a `ref` node instead when it is a reference). Its pointer is built when
 * first read: most schemas are never reported, and each pointer string, kept for the whole walk, was a good part of
 * what the garbage collector had to copy.
 */
export class SchemaAt implements SchemaNode {
  readonly depth: number;
  /** The pointer once known; until then, for a schema under an `items` or `allOf` array, its index there (one field for both). */
  #at: string | number | undefined;

  constructor(
    pointer: string | undefined,
    readonly value: JsonObject,
    readonly role: SchemaRole,
    readonly parent: SchemaAt | undefined,
    readonly propertyName: string | undefined,
    readonly operation: OperationNode | undefined,
    index?: number,
  ) {
    this.depth = parent ? parent.depth + 1 : 0;
    this.#at = pointer ?? index;
  }

  get pointer(): string {
    if (typeof this.#at === 'string') return this.#at;
    // Ancestors first, from the nearest one that knows its pointer: a loop, so deep nesting cannot overflow the stack.
    let unknown: SchemaAt[] | undefined;
    for (let up = this.parent!; typeof up.#at !== 'string'; up = up.parent!) (unknown ??= []).push(up);
    if (unknown) for (let i = unknown.length - 1; i >= 0; i--) unknown[i]!.#extendParent();
    return this.#extendParent();
  }

  /** The pointer of a nested schema, from its parent's (known by then), its role and its name or index. */
  #extendParent(): string {
    const base = this.parent!.#at as string;
    const index = this.#at as number | undefined;
    let pointer: string;
    if (this.role === 'property') pointer = pointerAt(base, '/properties/', this.propertyName);
    else if (this.role === 'items') pointer = index === undefined ? base + '/items' : pointerAt(base, '/items/', index);
    else if (this.role === 'allOf') pointer = pointerAt(base, '/allOf/', index);
    else pointer = base + '/additionalProperties';
    this.#at = pointer;
    return pointer;
  }
}

export class RefAt implements RefNode {
  constructor(
    readonly pointer: string,
    readonly ref: string,
    readonly expects: RefTarget,
    readonly resolution: RefResolution,
    readonly holder: JsonObject,
  ) {}
}

/** An extension; its pointers are built when first read, since most extensions are never reported. */
export class ExtensionAt implements ExtensionNode {
  #pointer: string | undefined = undefined;
  readonly #at: { readonly pointer: string };

  constructor(
    at: { readonly pointer: string },
    readonly owner: ExtensionOwner,
    readonly name: string,
    readonly value: unknown,
    readonly ownerValue: JsonObject,
    readonly operation: OperationNode | undefined,
  ) {
    this.#at = at;
  }

  get ownerPointer(): string {
    return this.#at.pointer;
  }

  get pointer(): string {
    this.#pointer ??= pointerAt(this.#at.pointer, '/', this.name);
    return this.#pointer;
  }
}

class EffectiveParameterAt implements EffectiveParameter {
  readonly pointer: string;

  constructor(
    readonly value: JsonObject,
    readonly usePointer: string,
    written: string | undefined,
  ) {
    this.pointer = written ?? usePointer;
  }
}

/** Path-level parameters overridden by operation-level ones with the same name and location. */
function effectiveParameters(
  pathItem: string,
  shared: readonly unknown[],
  operation: string,
  own: unknown,
  refs: RefResolver,
): EffectiveParameter[] {
  const byKey = new Map<string, EffectiveParameter>();
  const add = (list: readonly unknown[], base: string) => {
    for (let index = 0; index < list.length; index++) {
      const resolved = refs.follow(list[index]);
      if (!isObject(resolved.value) || resolved.failure) continue;
      const value = resolved.value;
      const key = `${String(value.name)}\u0000${String(value.in)}`;
      byKey.delete(key);
      byKey.set(key, new EffectiveParameterAt(value, pointerAt(base, '/parameters/', index), resolved.pointer));
    }
  };
  add(shared, pathItem);
  add(Array.isArray(own) ? own : [], operation);
  return [...byKey.values()];
}
