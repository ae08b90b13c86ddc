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
  children: unknown[];
  /** How many leading children are nested schemas (level 1); the rest are `allOf` parts (level 0, the same object). */
  nested: number;
  next: number;
  /** Level of the child being measured. */
  level: 0 | 1;
  count: number;
  depth: number;
  /** The definition this frame expands, to memoise its size. */
  definition?: string;
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

  constructor(private readonly refs: RefResolver) {}

  measure(value: unknown): SchemaSize {
    let result: SchemaSize = empty;
    const stack: Frame[] = [];
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
      const frame: Frame = { children: [], nested: 0, next: 0, level: 1, count: 1, depth: 1 };
      collectChildren(target, frame);
      if (definition) frame.definition = definition;
      stack.push(frame);
      return undefined;
    };
    // Adds a measured child to its parent's frame; a size object is made only for the result and for memoised definitions.
    const done = (count: number, depth: number) => {
      const parent = stack[stack.length - 1];
      if (!parent) {
        result = { count, depth };
        return;
      }
      parent.count = Math.min(countCap, parent.count + count);
      parent.depth = Math.max(parent.depth, depth + parent.level);
    };
    const first = enter(value);
    if (first) return first;
    while (stack.length) {
      const frame = stack[stack.length - 1]!;
      if (frame.next < frame.children.length) {
        frame.level = frame.next < frame.nested ? 1 : 0;
        const known = enter(frame.children[frame.next++]);
        if (known) done(known.count, known.depth);
        continue;
      }
      stack.pop();
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
  const properties = schema.properties;
  if (isObject(properties)) for (const name in properties) children.push(properties[name]);
  if (isObject(schema.items)) children.push(schema.items);
  if (isObject(schema.additionalProperties)) children.push(schema.additionalProperties);
  frame.nested = children.length;
  if (Array.isArray(schema.allOf)) for (const part of schema.allOf) children.push(part);
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
