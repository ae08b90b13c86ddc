/** Helpers for the response rules: status codes and an operation's responses with `$ref`s followed. */
import type { JsonObject, OperationNode } from '../../core/nodes.js';
import { joinPointer } from '../../parse/pointer.js';
import type { RefResolver } from '../../core/refs.js';
import { isObject } from '../../core/walk.js';
import { oncePerRun } from './per-run.js';

/** How a message names an operation: its operationId, or its method and path. */
export function operationLabel(operation: Pick<OperationNode, 'value' | 'method' | 'path'>): string {
  const id = operation.value.operationId;
  return typeof id === 'string' && id !== '' ? id : `${operation.method.toUpperCase()} ${operation.path}`;
}

/** A three-digit 2xx status code. */
export function isSuccessCode(code: string): boolean {
  return code.length === 3 && code[0] === '2' && isDigit(code[1]) && isDigit(code[2]);
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

/** One response of an operation, `$ref` followed. */
export interface OperationResponse {
  code: string;
  /** Where the operation lists it. */
  usePointer: string;
  /** The response object, when it resolves. */
  value: JsonObject | undefined;
  /** Where the response object is written (the `#/responses/...` target for a reference). */
  pointer: string;
}

const responsesOf = oncePerRun((value: JsonObject, refs: RefResolver, pointer: string) => {
  const out: OperationResponse[] = [];
  const responses = value.responses;
  if (!isObject(responses)) return out;
  for (const code of Object.keys(responses)) {
    if (code.startsWith('x-')) continue;
    const usePointer = joinPointer(pointer, 'responses', code);
    const resolved = refs.follow(responses[code], usePointer);
    out.push({ code, usePointer, value: !resolved.failure && isObject(resolved.value) ? resolved.value : undefined, pointer: resolved.pointer ?? usePointer });
  }
  return out;
});

/** The responses of an operation in document order, status codes only (no `x-` keys); worked out once per run. */
export function operationResponses(operation: OperationNode, refs: RefResolver): readonly OperationResponse[] {
  return responsesOf(operation.value, refs, operation.pointer);
}

/** Whether the response declares a body schema. */
export function hasSchema(response: OperationResponse): boolean {
  return response.value !== undefined && response.value.schema !== undefined;
}
