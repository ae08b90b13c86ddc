/** The shape checks the four dynamic-call extensions share: allowed keys, required keys, string paths, argument forms. */
import { joinPointer } from '../../parse/pointer.js';
import { entries, isObject } from '../../core/walk.js';
import { show, unknownKeys } from './extensions.js';
import { quotedList } from '../../parse/wording.js';

export interface DynamicShape {
  /** Every key the extension may hold. */
  keys: readonly string[];
  required: readonly string[];
  /** Keys whose value is a path or a name, so a string. */
  strings: readonly string[];
  /**
   * How `parameters` values refer to the caller's inputs: `parameter` (`{ "parameter": "name" }` or a literal, as in
   * x-ms-dynamic-values and -schema) or `reference` (`{ "value": ... }` or `{ "parameterReference": "path" }`).
   */
  arguments: 'parameter' | 'reference';
}

export type ShapeMessage = 'notObject' | 'missing' | 'notString' | 'unknownKey' | 'parametersNotObject' | 'badArgument';

export interface ShapeProblem {
  messageId: ShapeMessage;
  pointer: string;
  data: Record<string, string>;
  target?: 'key';
}

/** The message texts for {@link ShapeMessage}s, naming the extension; `missing` only for shapes with required keys. */
export function shapeMessages(name: string, argumentHint: string): Record<Exclude<ShapeMessage, 'missing'>, string> {
  return {
    notObject: `${name} is {value}; write it as an object.`,
    notString: `${name}.{key} is {value}; write it as a string.`,
    unknownKey: `'{key}' is not part of ${name}; remove it or use one of {allowed}.`,
    parametersNotObject: `${name}.parameters is {value}; write an object keyed by the target operation's parameter names.`,
    badArgument: `The value given for '{key}' is {value}; ${argumentHint}`,
  };
}

/** Whether an object has exactly one key, `key`, holding a string. */
function isSingle(value: Record<string, unknown>, key: string): boolean {
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === key && typeof value[key] === 'string';
}

function isArgument(value: unknown, form: DynamicShape['arguments']): boolean {
  if (form === 'parameter') return !isObject(value) || value.parameter === undefined || isSingle(value, 'parameter');
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return (keys.length === 1 && keys[0] === 'value') || isSingle(value, 'parameterReference');
}

export function missingMessage(name: string): { missing: string } {
  return { missing: `${name} has no '{key}'; add it.` };
}

export function shapeProblems(shape: DynamicShape, value: unknown, pointer: string): ShapeProblem[] {
  if (!isObject(value)) return [{ messageId: 'notObject', pointer, data: { value: show(value) } }];
  const problems: ShapeProblem[] = [];
  const allowed = quotedList(shape.keys);
  for (const key of unknownKeys(value, shape.keys)) {
    problems.push({ messageId: 'unknownKey', pointer: joinPointer(pointer, key), target: 'key', data: { key, allowed } });
  }
  for (const key of shape.required) if (value[key] === undefined) problems.push({ messageId: 'missing', pointer, data: { key } });
  for (const key of shape.strings) {
    if (value[key] !== undefined && typeof value[key] !== 'string') {
      problems.push({ messageId: 'notString', pointer: joinPointer(pointer, key), data: { key, value: show(value[key]) } });
    }
  }
  const parameters = value.parameters;
  if (parameters !== undefined && !isObject(parameters)) {
    problems.push({ messageId: 'parametersNotObject', pointer: joinPointer(pointer, 'parameters'), data: { value: show(parameters) } });
  }
  for (const [key, argument] of entries(parameters)) {
    if (!isArgument(argument, shape.arguments)) {
      problems.push({ messageId: 'badArgument', pointer: joinPointer(pointer, 'parameters', key), data: { key, value: show(argument) } });
    }
  }
  return problems;
}
