/** Size of a schema with `$ref`s expanded: how many schema objects it holds and how deep they nest. */
import type { RefResolver } from '../../core/refs.js';
import { isObject } from '../../core/walk.js';
import type { JsonObject, OperationNode } from '../../core/nodes.js';
import { refOf } from '../../core/refs.js';
import { operationResponses } from './responses.js';
import { oncePerRun, perRun } from './per-run.js';
import { bodyParameterOf, resolveSchema } from './schemas.js';

export interface SchemaSize {
  /** Schema objects in the expanded tree, the root included. */
  count: number;
  /** Levels of nesting, the root being level 1. */
  depth: number;
}

/** Counts this large are all "too many"; capping keeps exponential reference graphs finite. */
const countCap = 1e12;

const empty: SchemaSize = { count: 0, depth: 0 };

interface Frame {
  /** The sub-schemas, in `children[0, size)`; the array is reused, so entries past `size` are left from before. */
  children: unknown[];
  size: number;
  /** How many leading children are nested schemas (level 1); the rest are `allOf` parts (level 0, the same object). */
  nested: number;
  next: number;
  /** Level of the child being measured. */
  level: 0 | 1;
  count: number;
  depth: number;
  /** The definition this frame expands, to memoise its size. */
  definition: string | undefined;
}

/**
 * The sizer of a run, shared by the size rules: the resolver is made once per run, so keying on it lets four rules
 * measure each schema once between them.
 */
const sizerFor = perRun((refs) => new SchemaSizer(refs));

/**
 * Measures schemas through `$ref`s. Each definition is measured once and memoised, so measuring every body and response
 * of a document is linear in its size. A reference back to a definition still being measured (a cycle) adds nothing.
 * Locations are only needed for references, whose targets name themselves, so no pointer is built on the way down.
 */
class SchemaSizer {
  private readonly memo = new Map<string, SchemaSize>();
  private readonly open = new Set<string>();
  /** Frames kept from one schema to the next: a frame and its array for every schema measured was garbage. */
  private readonly frames: Frame[] = [];

  constructor(private readonly refs: RefResolver) {}

  measure(value: unknown): SchemaSize {
    let result: SchemaSize = empty;
    const frames = this.frames;
    let top = 0; // frames[0, top) are the schemas being measured, innermost last
    // Either pushes a frame for the schema or, when its size is already known, returns that size.
    const enter = (raw: unknown): SchemaSize | undefined => {
      let target = raw;
      let definition: string | undefined;
      // A `$ref` that is not a string names nothing: the object is measured as written, like any other schema.
      if (refOf(raw) !== undefined) {
        const resolved = resolveSchema(this.refs, raw, '');
        if (!resolved || this.open.has(resolved.pointer)) return empty;
        const known = this.memo.get(resolved.pointer);
        if (known) return known;
        target = resolved.value;
        definition = resolved.pointer;
        this.open.add(definition);
      }
      if (!isObject(target)) return empty;
      const frame = (frames[top] ??= { children: [], size: 0, nested: 0, next: 0, level: 1, count: 1, depth: 1, definition: undefined });
      frame.next = 0;
      frame.level = 1;
      frame.count = 1;
      frame.depth = 1;
      frame.definition = definition;
      collectChildren(target, frame);
      top++;
      return undefined;
    };
    // Adds a measured child to its parent's frame; a size object is made only for the result and for memoised definitions.
    const done = (count: number, depth: number) => {
      const parent = top > 0 ? frames[top - 1] : undefined;
      if (!parent) {
        result = { count, depth };
        return;
      }
      parent.count = Math.min(countCap, parent.count + count);
      parent.depth = Math.max(parent.depth, depth + parent.level);
    };
    const first = enter(value);
    if (first) return first;
    while (top > 0) {
      const frame = frames[top - 1]!;
      if (frame.next < frame.size) {
        frame.level = frame.next < frame.nested ? 1 : 0;
        const known = enter(frame.children[frame.next++]);
        if (known) done(known.count, known.depth);
        continue;
      }
      top--;
      if (frame.definition) {
        this.open.delete(frame.definition);
        this.memo.set(frame.definition, { count: frame.count, depth: frame.depth });
      }
      done(frame.count, frame.depth);
    }
    return result;
  }
}

/** The sub-schemas of a schema in document order: properties, items, additionalProperties, then `allOf` parts. */
function collectChildren(schema: JsonObject, frame: Frame): void {
  const { children } = frame;
  let size = 0;
  const properties = schema.properties;
  if (isObject(properties)) for (const name in properties) children[size++] = properties[name];
  if (isObject(schema.items)) children[size++] = schema.items;
  if (isObject(schema.additionalProperties)) children[size++] = schema.additionalProperties;
  frame.nested = size;
  if (Array.isArray(schema.allOf)) for (const part of schema.allOf) children[size++] = part;
  frame.size = size;
}

/** The size of a body or response schema, with the pointer of the object that holds it under `schema`. */
export interface BodySchemaSize extends SchemaSize {
  /** The body parameter or response (where it is written); the schema is its `schema`. */
  holder: string;
}

const sizesOf = oncePerRun((_value: JsonObject, refs: RefResolver, operation: OperationNode): BodySchemaSize[] => {
  const sizer = sizerFor(refs);
  const out: BodySchemaSize[] = [];
  const body = bodyParameterOf(operation.parameters);
  if (body && body.value.schema !== undefined) out.push({ holder: body.pointer, ...sizer.measure(body.value.schema) });
  for (const response of operationResponses(operation, refs)) {
    if (response.value?.schema !== undefined) out.push({ holder: response.pointer, ...sizer.measure(response.value.schema) });
  }
  return out;
});

/**
 * The sizes of the schemas an operation sends and receives (its body parameter's and each response's), measured once
 * per run for the four size rules.
 */
export function operationSchemaSizes(operation: OperationNode, refs: RefResolver): readonly BodySchemaSize[] {
  return sizesOf(operation.value, refs, operation);
}
