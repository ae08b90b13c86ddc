/** Size of a schema with `$ref`s expanded: how many schema objects it holds and how deep they nest. */
import { joinPointer } from '../../parse/pointer.js';
import type { RefResolver } from '../../core/refs.js';
import { entries, isObject } from '../../core/walk.js';
import type { OperationNode } from '../../core/nodes.js';
import { operationResponses } from './responses.js';
import { bodyParameterOf, resolveSchema } from './schemas.js';

export interface SchemaSize {
  /** Schema objects in the expanded tree, the root included. */
  count: number;
  /** Levels of nesting, the root being level 1. */
  depth: number;
}

/** Counts this large are all "too many"; capping keeps exponential reference graphs finite. */
const countCap = 1e12;

interface Child {
  value: unknown;
  pointer: string;
  /** 1 for a nested schema, 0 for an `allOf` part (it describes the same object). */
  level: 0 | 1;
}

interface Frame {
  children: Child[];
  next: number;
  /** Level of the child being measured. */
  level: 0 | 1;
  count: number;
  depth: number;
  /** The definition this frame expands, to memoise its size. */
  definition?: string;
}

/**
 * Measures schemas through `$ref`s. Each definition is measured once and memoised, so measuring every body and response
 * of a document is linear in its size. A reference back to a definition still being measured (a cycle) adds nothing.
 */
/**
 * The sizer of a run, shared by the size rules: the resolver is made once per run, so keying on it lets four rules
 * measure each schema once between them.
 */
const sizers = new WeakMap<RefResolver, SchemaSizer>();

export function sizerFor(refs: RefResolver): SchemaSizer {
  let sizer = sizers.get(refs);
  if (!sizer) {
    sizer = new SchemaSizer(refs);
    sizers.set(refs, sizer);
  }
  return sizer;
}

class SchemaSizer {
  private readonly memo = new Map<string, SchemaSize>();
  private readonly open = new Set<string>();

  constructor(private readonly refs: RefResolver) {}

  measure(value: unknown, pointer: string): SchemaSize {
    let result: SchemaSize = { count: 0, depth: 0 };
    const stack: Frame[] = [];
    // Either pushes a frame for the schema or, when its size is already known, returns that size.
    const enter = (raw: unknown, at: string): SchemaSize | undefined => {
      let target = { value: raw, pointer: at };
      let definition: string | undefined;
      if (isObject(raw) && raw.$ref !== undefined) {
        const resolved = resolveSchema(this.refs, raw, at);
        if (!resolved || this.open.has(resolved.pointer)) return { count: 0, depth: 0 };
        const known = this.memo.get(resolved.pointer);
        if (known) return known;
        target = resolved;
        definition = resolved.pointer;
        this.open.add(definition);
      }
      if (!isObject(target.value)) return { count: 0, depth: 0 };
      stack.push({ children: childrenOf(target.value, target.pointer), next: 0, level: 1, count: 1, depth: 1, ...(definition && { definition }) });
      return undefined;
    };
    const done = (size: SchemaSize) => {
      const parent = stack[stack.length - 1];
      if (!parent) {
        result = size;
        return;
      }
      parent.count = Math.min(countCap, parent.count + size.count);
      parent.depth = Math.max(parent.depth, size.depth + parent.level);
    };
    const first = enter(value, pointer);
    if (first) return first;
    while (stack.length) {
      const frame = stack[stack.length - 1]!;
      if (frame.next < frame.children.length) {
        const child = frame.children[frame.next++]!;
        frame.level = child.level;
        const known = enter(child.value, child.pointer);
        if (known) done(known);
        continue;
      }
      stack.pop();
      const size = { count: frame.count, depth: frame.depth };
      if (frame.definition) {
        this.open.delete(frame.definition);
        this.memo.set(frame.definition, size);
      }
      done(size);
    }
    return result;
  }
}

function childrenOf(schema: Record<string, unknown>, pointer: string): Child[] {
  const children: Child[] = [];
  for (const [name, value] of entries(schema.properties)) children.push({ value, pointer: joinPointer(pointer, 'properties', name), level: 1 });
  if (isObject(schema.items)) children.push({ value: schema.items, pointer: joinPointer(pointer, 'items'), level: 1 });
  if (isObject(schema.additionalProperties)) {
    children.push({ value: schema.additionalProperties, pointer: joinPointer(pointer, 'additionalProperties'), level: 1 });
  }
  if (Array.isArray(schema.allOf)) schema.allOf.forEach((value, i) => children.push({ value, pointer: joinPointer(pointer, 'allOf', i), level: 0 }));
  return children;
}

/** The schemas an operation sends and receives: its body parameter's and each response's, where they are written. */
export function operationSchemas(operation: OperationNode, refs: RefResolver): Array<{ value: unknown; pointer: string }> {
  const out: Array<{ value: unknown; pointer: string }> = [];
  const body = bodyParameterOf(operation.parameters);
  if (body && body.value.schema !== undefined) out.push({ value: body.value.schema, pointer: joinPointer(body.pointer, 'schema') });
  for (const response of operationResponses(operation, refs)) {
    if (response.value?.schema !== undefined) out.push({ value: response.value.schema, pointer: joinPointer(response.pointer, 'schema') });
  }
  return out;
}
