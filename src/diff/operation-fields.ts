import { hasOwn, joinPointer } from '../parse/pointer.js';
import type { FieldComparer, Located, RawDelta } from './compare-fields.js';
import type { Direction, FieldDelta, FieldDeltaData } from './delta.js';
import type { OperationPair } from './match-operations.js';
import type { OperationView, ParameterView } from './side.js';
import { dictionaryKey, fieldPath, isInternal, nameKey } from './values.js';

type Deliver = (delta: FieldDelta) => void;

/**
 * Every difference in the inputs (parameters, matched by name and location, and the request body) and the outputs
 * (the success response body, or a webhook trigger's notification content) of an operation present in both versions.
 */
export function operationFields(
  pair: OperationPair & { base: OperationView; revision: OperationView },
  comparer: FieldComparer,
  seen: Set<string>,
  deliver: Deliver,
): void {
  const emit = (direction: Direction) => (raw: RawDelta) => {
    const identity = `${raw.data.kind}\u0000${raw.base}\u0000${raw.revision}`;
    const repeated = seen.has(identity);
    seen.add(identity);
    deliver({
      ...raw.data,
      direction,
      operation: pair,
      path: fieldPath(raw.segments),
      items: raw.items,
      base: raw.base,
      revision: raw.revision,
      repeated,
      // An output key that an open object no longer lists still leaves the designer's dynamic content.
      freeForm: (direction === 'input' && raw.freeForm === true) || raw.segments.includes(dictionaryKey),
    });
  };
  const moves = movesIntoBody(pair, comparer);
  const input = emit('input');
  // A property that a query (or header...) input moved into is reported once, as the move.
  compareParameters(pair, comparer, moves, (raw) => {
    if (raw.data.kind !== 'added' || !moves.targets.has(raw.segments.join('/'))) input(raw);
  });
  const from = pair.base.outputs;
  const to = pair.revision.outputs;
  if (from && to) comparer.compare(from, to, ['body'], new Set(), emit('output'));
}

interface BodyMoves {
  /** The body property each moved parameter (by name and location) went to. */
  byParameter: Map<string, { body: ParameterView; property: string; pointer: string }>;
  /** `body/property` paths that are the new home of a moved parameter. */
  targets: Set<string>;
}

/**
 * Parameters outside the body that vanished while a body property of the same name (case and separators aside)
 * appeared: the same input, moved into the body.
 */
function movesIntoBody(pair: { base: OperationView; revision: OperationView }, comparer: FieldComparer): BodyMoves {
  const moves: BodyMoves = { byParameter: new Map(), targets: new Set() };
  const body = pair.revision.parameters.find((p) => p.in === 'body');
  if (!body) return moves;
  const schema = (p: ParameterView): Located => ({ value: p.value.schema, pointer: joinPointer(p.pointer, 'schema') });
  const oldBody = pair.base.parameters.find((p) => p.in === 'body');
  const before = new Set([...(oldBody ? comparer.propertiesOf(schema(oldBody), 'base').keys() : [])].map(nameKey));
  const after = comparer.propertiesOf(schema(body), 'revision');
  const kept = new Set(pair.revision.parameters.map((p) => `${p.name}\u0000${p.in}`));
  for (const p of pair.base.parameters) {
    if (p.in === 'body' || kept.has(`${p.name}\u0000${p.in}`) || pair.revision.parameters.some((r) => r.name === p.name)) continue;
    for (const [property, at] of after) {
      if (nameKey(property) !== nameKey(p.name) || before.has(nameKey(property)) || moves.targets.has(`${body.name}/${property}`)) continue;
      moves.byParameter.set(`${p.name}\u0000${p.in}`, { body, property, pointer: at.pointer });
      moves.targets.add(`${body.name}/${property}`);
      break;
    }
  }
  return moves;
}

function compareParameters(
  pair: { base: OperationView; revision: OperationView },
  comparer: FieldComparer,
  moves: BodyMoves,
  emit: (raw: RawDelta) => void,
) {
  const key = (p: ParameterView) => `${p.name}\u0000${p.in}`;
  const revisionByKey = new Map(pair.revision.parameters.map((p) => [key(p), p]));
  const baseKeys = new Set(pair.base.parameters.map(key));
  const added = pair.revision.parameters.filter((p) => !baseKeys.has(key(p)));
  const visited = new Set<string>();
  const raw = (data: FieldDeltaData, name: string, base: string, revision: string): RawDelta => ({
    data,
    segments: [name],
    items: false,
    base,
    revision,
  });
  /** The first added parameter that passes `test`, taken off the list. */
  const take = (test: (p: ParameterView) => boolean): ParameterView | undefined => {
    const index = added.findIndex(test);
    return index < 0 ? undefined : added.splice(index, 1)[0];
  };
  const compareBoth = (b: ParameterView, r: ParameterView) => {
    comparer.compare(b, r, [r.name], visited, emit);
    if (b.in === 'body' && r.in === 'body') {
      const schema = (p: ParameterView): Located => ({ value: p.value.schema, pointer: joinPointer(p.pointer, 'schema') });
      comparer.compare(schema(b), schema(r), [r.name], visited, emit);
    }
  };
  for (const b of pair.base.parameters) {
    const r = revisionByKey.get(key(b));
    if (r) {
      const from = b.value.required === true;
      const to = r.value.required === true;
      if (from !== to) emit(raw({ kind: 'required', from, to, hasDefault: parameterHasDefault(r) }, b.name, b.usePointer, r.usePointer));
      compareBoth(b, r);
      continue;
    }
    const moved = take((p) => p.name === b.name);
    if (moved) {
      emit(raw({ kind: 'moved', from: b.in, to: moved.in }, b.name, joinPointer(b.pointer, 'in'), joinPointer(moved.pointer, 'in')));
      compareBoth(b, moved);
      continue;
    }
    const intoBody = moves.byParameter.get(key(b));
    if (intoBody) {
      const to = `body (${intoBody.body.name}/${intoBody.property})`;
      emit(raw({ kind: 'moved', from: b.in, to }, b.name, joinPointer(b.pointer, 'in'), intoBody.pointer));
      continue;
    }
    // An operation has one body: under another name it is the same input, renamed.
    const renamed = b.in === 'body' ? take((p) => p.in === 'body') : undefined;
    if (renamed) {
      emit(raw({ kind: 'renamed', from: b.name, to: renamed.name }, renamed.name, joinPointer(b.pointer, 'name'), joinPointer(renamed.pointer, 'name')));
      compareBoth(b, renamed);
      continue;
    }
    // A respelt parameter is reported once, as the removal that names its new spelling.
    const renamedTo = take((p) => p.in === b.in && nameKey(p.name) === nameKey(b.name))?.name;
    const data = { kind: 'removed', name: b.name, required: b.value.required === true, internal: isInternal(b.value), ...(renamedTo && { renamedTo }) } as const;
    emit(raw(data, b.name, b.usePointer, parametersPointer(pair.revision)));
  }
  for (const r of added) {
    const data = {
      kind: 'added',
      name: r.name,
      required: r.value.required === true,
      hasDefault: parameterHasDefault(r),
      internal: isInternal(r.value),
    } as const;
    emit(raw(data, r.name, parametersPointer(pair.base), r.usePointer));
  }
}

/** A body parameter carries its default on its schema. */
function parameterHasDefault(p: ParameterView): boolean {
  return hasOwn(p.value, 'default') || hasOwn(p.value.schema, 'default');
}

function parametersPointer(op: OperationView): string {
  return Array.isArray(op.value.parameters) ? joinPointer(op.pointer, 'parameters') : op.pointer;
}
