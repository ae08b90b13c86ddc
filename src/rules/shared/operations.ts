/** Helpers for the operation, path and parameter rules. */
import type { JsonObject, OperationNode } from '../../core/nodes.js';
import { joinPointer } from '../../parse/pointer.js';
import { clip } from './operation-text.js';

/** A string field of an object, or `undefined` when missing or not a string. */
export function stringField(value: JsonObject, key: string): string | undefined {
  const field = Object.hasOwn(value, key) ? value[key] : undefined;
  return typeof field === 'string' ? field : undefined;
}

/** A string field and where it is written; the pointer is only built when a finding asks for it. */
export class TextField {
  constructor(
    readonly text: string,
    private readonly owner: string,
    private readonly key: string,
  ) {}

  get pointer(): string {
    return joinPointer(this.owner, this.key);
  }
}

/** A non-blank string field with its pointer, for the rules that check operation and parameter text. */
export function textField(value: JsonObject, pointer: string, key: string): TextField | undefined {
  const text = stringField(value, key);
  return text === undefined || text.trim() === '' ? undefined : new TextField(text, pointer, key);
}

/** How a finding names an operation: its operationId, or its method and path when it has none. */
export function operationLabel(operation: OperationNode): string {
  return clip(stringField(operation.value, 'operationId') ?? `${operation.method.toUpperCase()} ${operation.path}`);
}

export function isTrigger(operation: OperationNode): boolean {
  return Object.hasOwn(operation.value, 'x-ms-trigger');
}

/** Whether `key` is written on the object, whatever its value. */
export function has(value: JsonObject, key: string): boolean {
  return Object.hasOwn(value, key);
}
