/**
 * The node objects the walk hands to rules. Each is a small class, so every node of a kind has one shape, and its JSON
 * pointer is built only when first read, from where it sits under its parent: most nodes are never reported, and
 * escaping and joining every key of a large document was a measurable share of a run.
 * @module
 */
import { escapeSegment } from '../parse/pointer.js';
import { isObject } from './json-object.js';
import type { RefResolver } from './refs.js';
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
import type { RefResolution } from './refs.js';

/** Something whose pointer is known or can be built: a pointer string or a node. */
export type PointerBase = string | { readonly pointer: string };

/**
 * A place in the document: `base` + `suffix` (literal, already escaped, e.g. `/properties/`) + the escaped `key`.
 * The pointer is built on first read and kept.
 */
export class Place {
  #base: PointerBase;
  #suffix: string;
  #key: string | number | undefined;
  #pointer: string | undefined;

  constructor(base: PointerBase, suffix: string, key?: string | number) {
    this.#base = base;
    this.#suffix = suffix;
    this.#key = key;
  }

  get pointer(): string {
    if (this.#pointer === undefined) {
      const base = typeof this.#base === 'string' ? this.#base : this.#base.pointer;
      this.#pointer = this.#key === undefined ? base + this.#suffix : base + this.#suffix + escapeSegment(this.#key);
      this.#base = ''; // the parent need not stay reachable through this place
    }
    return this.#pointer;
  }
}

export class PathItemAt extends Place implements PathItemNode {
  constructor(
    readonly path: string,
    readonly value: JsonObject,
  ) {
    super('/paths/', '', path);
  }
}

export class OperationAt extends Place implements OperationNode {
  readonly path: string;
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
    super(pathItem, '/', method);
    this.path = pathItem.path;
    this.#shared = shared;
    this.#refs = refs;
  }

  /** Built when a rule first asks: path-level parameters overridden by the operation's own. */
  get parameters(): EffectiveParameter[] {
    this.#parameters ??= effectiveParameters(this.pathItem, this.#shared, this, this.value.parameters, this.#refs);
    return this.#parameters;
  }
}

export class ParameterAt extends Place implements ParameterNode {
  constructor(
    base: PointerBase,
    suffix: string,
    key: string | number,
    readonly value: JsonObject,
    readonly operation: OperationNode | undefined,
    readonly pathItem: PathItemNode | undefined,
  ) {
    super(base, suffix, key);
  }
}

export class ResponseAt extends Place implements ResponseNode {
  constructor(
    base: PointerBase,
    suffix: string,
    readonly code: string,
    readonly value: JsonObject,
    readonly operation: OperationNode | undefined,
  ) {
    super(base, suffix, code);
  }
}

/** A schema met by the walk; also the place of a non-schema value where one was expected (it is then not emitted). */
export class SchemaAt extends Place implements SchemaNode {
  readonly depth: number;

  constructor(
    base: PointerBase,
    suffix: string,
    key: string | number | undefined,
    readonly value: JsonObject,
    readonly role: SchemaRole,
    readonly parent: SchemaAt | undefined,
    readonly propertyName: string | undefined,
    readonly operation: OperationNode | undefined,
  ) {
    super(base, suffix, key);
    this.depth = parent ? parent.depth + 1 : 0;
  }
}

export class RefAt implements RefNode {
  readonly #at: { readonly pointer: string };

  constructor(
    at: { readonly pointer: string },
    readonly ref: string,
    readonly expects: RefTarget,
    readonly resolution: RefResolution,
    readonly holder: JsonObject,
  ) {
    this.#at = at;
  }

  get pointer(): string {
    return this.#at.pointer;
  }
}

export class ExtensionAt extends Place implements ExtensionNode {
  readonly #owned: { readonly pointer: string };

  constructor(
    owned: { readonly pointer: string },
    readonly owner: ExtensionOwner,
    readonly name: string,
    readonly value: unknown,
    readonly ownerValue: JsonObject,
    readonly operation: OperationNode | undefined,
  ) {
    super(owned, '/', name);
    this.#owned = owned;
  }

  get ownerPointer(): string {
    return this.#owned.pointer;
  }
}

/** A parameter in effect; `usePointer` (where the operation lists it) is built on first read. */
class EffectiveParameterAt extends Place implements EffectiveParameter {
  readonly #written: string | undefined;

  constructor(
    base: PointerBase,
    index: number,
    readonly value: JsonObject,
    written: string | undefined,
  ) {
    super(base, '/parameters/', index);
    this.#written = written;
  }

  get usePointer(): string {
    return super.pointer;
  }

  override get pointer(): string {
    return this.#written ?? super.pointer;
  }
}

/** Path-level parameters overridden by operation-level ones with the same name and location. */
function effectiveParameters(
  pathItem: PointerBase,
  shared: readonly unknown[],
  operation: PointerBase,
  own: unknown,
  refs: RefResolver,
): EffectiveParameter[] {
  const byKey = new Map<string, EffectiveParameter>();
  const add = (list: readonly unknown[], base: PointerBase) => {
    for (let index = 0; index < list.length; index++) {
      const resolved = refs.follow(list[index]);
      if (!isObject(resolved.value) || resolved.failure) continue;
      const value = resolved.value;
      const key = `${String(value.name)}\u0000${String(value.in)}`;
      byKey.delete(key);
      byKey.set(key, new EffectiveParameterAt(base, index, value, resolved.pointer));
    }
  };
  add(shared, pathItem);
  add(Array.isArray(own) ? own : [], operation);
  return [...byKey.values()];
}
