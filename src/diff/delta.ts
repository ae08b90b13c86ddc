import type { OperationPair } from './match-operations.js';

/** What differs about one field, independent of whether the field is an input or an output. */
export type FieldDeltaData =
  /** The field exists only in the revision. */
  | { kind: 'added'; name: string; required: boolean; hasDefault: boolean; internal: boolean }
  /** The field exists only in the base; `renamedTo` names a new field whose name differs from it only in case. */
  | { kind: 'removed'; name: string; required: boolean; internal: boolean; renamedTo?: string }
  | { kind: 'required'; from: boolean; to: boolean; hasDefault: boolean }
  /** A parameter kept its name but moved (`in` changed). */
  | { kind: 'moved'; from: string; to: string }
  /** The body parameter has another name: flows store body fields under it (`item/title`). */
  | { kind: 'renamed'; from: string; to: string }
  | { kind: 'type'; from: string; to: string; shapeChanged: boolean }
  | { kind: 'format'; type?: string; from?: string; to?: string }
  | { kind: 'enum'; type?: string; from?: unknown[]; to?: unknown[]; removed: unknown[]; added: unknown[] }
  | { kind: 'default'; from?: unknown; to?: unknown; fromSet: boolean; toSet: boolean }
  | { kind: 'visibility'; from?: string; to?: string; hasDefault: boolean }
  | { kind: 'text'; field: string; from?: string; to?: string }
  | { kind: 'extension'; name: string; from?: unknown; to?: unknown }
  | { kind: 'constraint'; keyword: string; from?: unknown; to?: unknown };

export type FieldDeltaKind = FieldDeltaData['kind'];

/** Inputs are what flows send (parameters and request body); outputs are what they read (the success response). */
export type Direction = 'input' | 'output';

/**
 * A difference in one input or output field of an operation that exists in both versions. Differences inside a
 * shared definition are delivered once per operation and direction, at the first path that reaches them.
 */
export type FieldDelta = FieldDeltaData & {
  direction: Direction;
  operation: OperationPair;
  /** The field as a flow author sees it: a parameter name, `body/value[]/price` for outputs (`[]`: the items of an array). */
  path: string;
  /** True when the difference is about the items of the array at `path`. */
  items: boolean;
  /** Pointer into the base file; for an added field, where it would go. */
  base: string;
  /** Pointer into the revision file; for a removed field, where it was. */
  revision: string;
  /** True when the same difference, at the same pointers, was already delivered for another operation or direction. */
  repeated: boolean;
  /**
   * True when the field is a key inside a dictionary (`additionalProperties`) or of an object that accepts any key on
   * the side where the field is missing: flows send and read such values as before.
   */
  freeForm: boolean;
};
