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

/** A schema object met by the walk (emitted as a `ref` node instead when it is a reference). */
export class SchemaAt implements SchemaNode {
  readonly depth: number;

  constructor(
    readonly pointer: string,
    readonly value: JsonObject,
    readonly role: SchemaRole,
    readonly parent: SchemaAt | undefined,
    readonly propertyName: string | undefined,
    readonly operation: OperationNode | undefined,
  ) {
    this.depth = parent ? parent.depth + 1 : 0;
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

export class ExtensionAt implements ExtensionNode {
  readonly pointer: string;

  constructor(
    readonly ownerPointer: string,
    readonly owner: ExtensionOwner,
    readonly name: string,
    readonly value: unknown,
    readonly ownerValue: JsonObject,
    readonly operation: OperationNode | undefined,
  ) {
    this.pointer = pointerAt(ownerPointer, '/', name);
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
