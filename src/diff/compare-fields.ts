import type { JsonObject } from '../core/nodes.js';
import { getOwn, hasOwn, joinPointer } from '../parse/pointer.js';
import { refOf, type RefResolver } from '../core/refs.js';
import { entries, isObject } from '../core/walk.js';
import type { FieldDeltaData } from './delta.js';
import { dictionaryKey, hasDefault, itemsSegment, nameKey, isInternal, sameTree, sameValue, schemaType, shapeOf, stringAt, valueKey, visibilityOf } from './values.js';

/** A value and where it is written. */
export interface Located {
  value: unknown;
  pointer: string;
}

/** A difference found inside one pair of schemas, relative to where the pair was entered. */
export interface RawDelta {
  data: FieldDeltaData;
  segments: string[];
  items: boolean;
  base: string;
  revision: string;
  /** The field is a key of an object that accepts any keys on the side where it is missing. */
  freeForm?: boolean;
}

/** The differences of one pair of schemas, and the pairs of referenced schemas below it (compared separately). */
interface Unit {
  deltas: RawDelta[];
  links: Array<{ segments: string[]; items: boolean; base: Located; revision: Located }>;
}

/** A path as a linked list, so that deep schemas do not copy arrays at every level. */
type Path = { up: Path | undefined; name: string } | undefined;

const textFields = ['description', 'x-ms-summary', 'title'];
const extensionNames = ['x-ms-dynamic-values', 'x-ms-dynamic-list', 'x-ms-dynamic-tree', 'x-ms-dynamic-schema', 'x-ms-dynamic-properties'];
const constraintKeywords = ['maxLength', 'minLength', 'maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum', 'pattern', 'maxItems', 'minItems'];

/**
 * Compares schemas structurally through `$ref`s. Each pair of schemas reached (keyed by the pointers of both sides) is
 * compared once for the whole diff; an operation then collects the differences of every pair it reaches, visiting
 * each pair once, so reference cycles end and a change in a shared definition is delivered once per operation.
 */
export class FieldComparer {
  private readonly units = new Map<string, Unit>();

  constructor(
    private readonly baseRefs: RefResolver,
    private readonly revisionRefs: RefResolver,
  ) {}

  /**
   * Delivers the differences between two schemas (or parameter objects) entered at `root`. `visited` holds the pairs
   * already walked for this operation and direction.
   */
  compare(base: Located, revision: Located, root: string[], visited: Set<string>, deliver: (delta: RawDelta) => void): void {
    const b = this.resolve(base, this.baseRefs);
    const r = this.resolve(revision, this.revisionRefs);
    if (!b || !r) return;
    const queue = [{ base: b, revision: r, segments: root, items: false }];
    for (let i = 0; i < queue.length; i++) {
      const entry = queue[i]!;
      const key = `${entry.base.pointer}\u0000${entry.revision.pointer}`;
      if (visited.has(key)) continue;
      visited.add(key);
      let unit = this.units.get(key);
      if (!unit) {
        unit = this.unit(entry.base, entry.revision);
        this.units.set(key, unit);
      }
      for (const delta of unit.deltas) {
        const items = delta.segments.length === 0 ? entry.items || delta.items : delta.items;
        deliver({ ...delta, segments: [...entry.segments, ...delta.segments], items });
      }
      for (const link of unit.links) {
        const items = link.segments.length === 0 ? entry.items || link.items : link.items;
        queue.push({ base: link.base, revision: link.revision, segments: [...entry.segments, ...link.segments], items });
      }
    }
  }

  /** The property names of a schema (`allOf` members folded in), with where each is written; empty when it has none. */
  propertiesOf(schema: Located, side: 'base' | 'revision'): Map<string, Located> {
    const refs = side === 'base' ? this.baseRefs : this.revisionRefs;
    const resolved = this.resolve(schema, refs);
    return (resolved && this.view(resolved, refs)?.properties) ?? new Map();
  }

  private resolve(at: Located, refs: RefResolver): Located | undefined {
    const resolved = refs.follow(at.value, at.pointer);
    if (resolved.failure || !isObject(resolved.value)) return undefined;
    return { value: resolved.value, pointer: resolved.pointer ?? at.pointer };
  }

  private unit(base: Located, revision: Located): Unit {
    const unit: Unit = { deltas: [], links: [] };
    type Pending = { base: Located; revision: Located; path: Path; items: boolean };
    const stack: Pending[] = [{ base, revision, path: undefined, items: false }];
    // Parsed JSON is a tree, but objects handed in by a caller may share or cycle; each pair is walked once.
    const walked = new Map<unknown, Set<unknown>>();
    while (stack.length) {
      const { base: b, revision: r, path, items } = stack.pop()!;
      const partners = walked.get(b.value) ?? new Set();
      if (partners.has(r.value) || sameTree(b.value, r.value)) continue;
      walked.set(b.value, partners.add(r.value));
      const bv = this.view(b, this.baseRefs);
      const rv = this.view(r, this.revisionRefs);
      if (!bv || !rv) continue;
      const push = (data: FieldDeltaData, basePointer: string, revisionPointer: string, at: Path = path, onItems = items, freeForm = false) =>
        unit.deltas.push({ data, segments: toArray(at), items: onItems, base: basePointer, revision: revisionPointer, ...(freeForm && { freeForm }) });
      if (compareNode(bv, rv, push)) continue;
      const children: Pending[] = [];
      const child = (bc: Located, rc: Located, childPath: Path, childItems: boolean) => {
        if (refOf(bc.value) === undefined && refOf(rc.value) === undefined) {
          children.push({ base: bc, revision: rc, path: childPath, items: childItems });
          return;
        }
        const bl = this.resolve(bc, this.baseRefs);
        const rl = this.resolve(rc, this.revisionRefs);
        if (bl && rl) unit.links.push({ segments: toArray(childPath), items: childItems, base: bl, revision: rl });
      };
      for (const [name, bc] of bv.properties) {
        const rc = rv.properties.get(name);
        const childPath = { up: path, name };
        if (!rc) {
          const old = this.resolve(bc, this.baseRefs)?.value;
          const renamedTo = respelled(name, bv.properties, rv.properties);
          const data = { kind: 'removed', name, required: bv.required.has(name), internal: isInternal(old), ...(renamedTo && { renamedTo }) } as const;
          push(data, bc.pointer, rv.propertiesPointer, childPath, false, acceptsAnyKey(rv));
          continue;
        }
        const from = bv.required.has(name);
        const to = rv.required.has(name);
        if (from !== to) {
          const now = this.resolve(rc, this.revisionRefs)?.value;
          push({ kind: 'required', from, to, hasDefault: hasDefault(now) }, bc.pointer, rc.pointer, childPath, false);
        }
        child(bc, rc, childPath, false);
      }
      for (const [name, rc] of rv.properties) {
        // A respelt name is reported once, as the removal that names its new spelling.
        if (bv.properties.has(name) || respelled(name, rv.properties, bv.properties)) continue;
        const now = this.resolve(rc, this.revisionRefs)?.value;
        const data = { kind: 'added', name, required: rv.required.has(name), hasDefault: hasDefault(now), internal: isInternal(now) } as const;
        push(data, bv.propertiesPointer, rc.pointer, { up: path, name }, false, acceptsAnyKey(bv));
      }
      if (bv.items && rv.items) child(bv.items, rv.items, { up: path, name: itemsSegment }, true);
      if (bv.additional && rv.additional) child(bv.additional, rv.additional, { up: path, name: dictionaryKey }, false);
      // Reversed so that the stack pops children in document order.
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
    return unit;
  }

  /** A schema with its `allOf` members folded in: the fields a flow sees. */
  private view(at: Located, refs: RefResolver): NodeView | undefined {
    if (!isObject(at.value)) return undefined;
    const view: NodeView = {
      value: at.value,
      pointer: at.pointer,
      type: schemaType(at.value),
      properties: new Map(),
      propertiesPointer: isObject(at.value.properties) ? joinPointer(at.pointer, 'properties') : at.pointer,
      required: new Set(),
    };
    const seen = new Set<string>();
    const fold = (value: JsonObject, pointer: string, depth: number) => {
      if (seen.has(pointer) || depth > 16) return;
      seen.add(pointer);
      view.type ??= schemaType(value);
      for (const [name, child] of entries(value.properties)) {
        if (!view.properties.has(name)) view.properties.set(name, { value: child, pointer: joinPointer(pointer, 'properties', name) });
      }
      if (Array.isArray(value.required)) for (const name of value.required) if (typeof name === 'string') view.required.add(name);
      if (!view.items && isObject(value.items)) view.items = { value: value.items, pointer: joinPointer(pointer, 'items') };
      if (!view.additional && isObject(value.additionalProperties)) {
        view.additional = { value: value.additionalProperties, pointer: joinPointer(pointer, 'additionalProperties') };
      }
      if (!Array.isArray(value.allOf)) return;
      value.allOf.forEach((member, index) => {
        const resolved = refs.follow(member, joinPointer(pointer, 'allOf', index));
        if (!resolved.failure && isObject(resolved.value)) fold(resolved.value, resolved.pointer ?? joinPointer(pointer, 'allOf', index), depth + 1);
      });
    };
    fold(at.value, at.pointer, 0);
    return view;
  }
}

interface NodeView {
  value: JsonObject;
  pointer: string;
  type: string | undefined;
  properties: Map<string, Located>;
  /** Where an added property would go: the `properties` object, or the schema itself. */
  propertiesPointer: string;
  required: Set<string>;
  items?: Located;
  additional?: Located;
}

/** An object that takes keys it does not list: a dictionary (`additionalProperties`) or a free-form `{}`. */
function acceptsAnyKey(view: NodeView): boolean {
  const extra = view.value.additionalProperties;
  return extra === true || isObject(extra) || (view.properties.size === 0 && (view.type === undefined || view.type === 'object'));
}

/** Compares the keywords of one schema pair; returns true when the shape changed, so its children are not compared. */
function compareNode(b: NodeView, r: NodeView, push: (data: FieldDeltaData, base: string, revision: string) => void): boolean {
  const at = (view: NodeView, key: string) => (hasOwn(view.value, key) ? joinPointer(view.pointer, key) : view.pointer);
  let shapeChanged = false;
  if (b.type !== undefined && r.type !== undefined && b.type !== r.type) {
    shapeChanged = shapeOf(b.type) !== shapeOf(r.type);
    push({ kind: 'type', from: b.type, to: r.type, shapeChanged }, at(b, 'type'), at(r, 'type'));
  } else {
    const from = stringAt(b.value, 'format');
    const to = stringAt(r.value, 'format');
    if (from !== to) push({ kind: 'format', type: r.type ?? b.type, from, to }, at(b, 'format'), at(r, 'format'));
  }
  const enumDelta = compareEnums(b.value.enum, r.value.enum, r.type ?? b.type);
  if (enumDelta) push(enumDelta, at(b, 'enum'), at(r, 'enum'));
  const fromSet = hasOwn(b.value, 'default');
  const toSet = hasOwn(r.value, 'default');
  if (fromSet !== toSet || !sameValue(b.value.default, r.value.default)) {
    push({ kind: 'default', from: b.value.default, to: r.value.default, fromSet, toSet }, at(b, 'default'), at(r, 'default'));
  }
  const fromVisibility = visibilityOf(b.value);
  const toVisibility = visibilityOf(r.value);
  if (fromVisibility !== toVisibility) {
    const data = { kind: 'visibility', from: fromVisibility, to: toVisibility, hasDefault: toSet } as const;
    push(data, at(b, 'x-ms-visibility'), at(r, 'x-ms-visibility'));
  }
  for (const field of textFields) {
    const from = stringAt(b.value, field);
    const to = stringAt(r.value, field);
    if (from !== to) push({ kind: 'text', field, from, to }, at(b, field), at(r, field));
  }
  for (const name of extensionNames) {
    const from = getOwn(b.value, name);
    const to = getOwn(r.value, name);
    if (!sameValue(from, to)) push({ kind: 'extension', name, from, to }, at(b, name), at(r, name));
  }
  for (const keyword of constraintKeywords) {
    const from = getOwn(b.value, keyword);
    const to = getOwn(r.value, keyword);
    if (!sameValue(from, to)) push({ kind: 'constraint', keyword, from, to }, at(b, keyword), at(r, keyword));
  }
  return shapeChanged;
}

function compareEnums(fromValue: unknown, toValue: unknown, type: string | undefined): FieldDeltaData | undefined {
  const from = Array.isArray(fromValue) ? fromValue : undefined;
  const to = Array.isArray(toValue) ? toValue : undefined;
  if (!from && !to) return undefined;
  const keys = (list: unknown[] | undefined) => new Set((list ?? []).map(valueKey));
  const fromKeys = keys(from);
  const toKeys = keys(to);
  const removed = (from ?? []).filter((value) => !toKeys.has(valueKey(value)));
  const added = (to ?? []).filter((value) => !fromKeys.has(valueKey(value)));
  if (from && to && removed.length === 0 && added.length === 0) return undefined;
  return { kind: 'enum', ...(type !== undefined && { type }), ...(from && { from }), ...(to && { to }), removed, added };
}

/** A name on the other side that spells a vanished one differently (case or separators only). */
function respelled(name: string, before: Map<string, unknown>, after: Map<string, unknown>): string | undefined {
  if (after.has(name)) return undefined;
  const key = nameKey(name);
  for (const candidate of after.keys()) if (nameKey(candidate) === key && !before.has(candidate)) return candidate;
  return undefined;
}

function toArray(path: Path): string[] {
  const out: string[] = [];
  for (let at = path; at; at = at.up) out.push(at.name);
  return out.reverse();
}
