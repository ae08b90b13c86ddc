import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleContext, type RuleDocs } from '../../core/rule.js';
import { refOf } from '../../core/refs.js';
import { isObject } from '../../core/walk.js';
import { clip } from '../shared/operation-text.js';
import { operationLabel } from '../shared/operations.js';
import { locationOf } from '../shared/parameters.js';

type Messages = 'operation' | 'path' | 'combined';

/** The indexes of the body parameters of one written list, after `$ref`s. */
function bodiesOf(context: RuleContext<Messages>, list: unknown): readonly number[] {
  if (!Array.isArray(list)) return none;
  let found: number[] | undefined;
  for (let index = 0; index < list.length; index++) {
    const raw: unknown = list[index];
    const value = refOf(raw) === undefined ? raw : context.refs.follow(raw).value;
    if (isObject(value) && locationOf(value) === 'body') (found ??= []).push(index);
  }
  return found ?? none;
}

const none: readonly number[] = [];
const at = (ownerPointer: string, index: number) => joinPointer(ownerPointer, 'parameters', index);

export const docs: RuleDocs = {
  rationale: 'An HTTP request has one body. Swagger 2.0 allows a single `in: body` parameter whose schema describes the whole payload.',
  fix: 'Merge the body parameters into one, with an object schema holding each value as a property.',
  source: 'Swagger Validator OperationParametersContainMultipleBodyParameters and PathParametersContainMultipleBodyParameters; Swagger 2.0 specification.',
};

export default defineRule({
  meta: {
    id: 'param-single-body',
    area: 'param',
    description: 'An operation has at most one body parameter, and so has a path item.',
    severity: everywhere('error'),
    messages: {
      operation: "Operation '{operation}' declares more than one body parameter; merge them into one body whose schema has a property for each.",
      path: "The path '{path}' declares more than one body parameter; keep one.",
      combined: "Operation '{operation}' gets one body parameter from its path and another of its own; a request has one body, so keep one.",
    },
  },
  create(context) {
    return {
      pathItem(node) {
        const { value, path } = node;
        const bodies = bodiesOf(context, value.parameters);
        for (let i = 1; i < bodies.length; i++) context.report({ messageId: 'path', pointer: at(node.pointer, bodies[i]!), data: { path: clip(path) } });
      },
      operation(operation) {
        const own = bodiesOf(context, operation.value.parameters);
        let effective = 0;
        for (const parameter of operation.parameters) if (locationOf(parameter.value) === 'body') effective++;
        if (own.length <= 1 && effective <= 1) return;
        const data = { operation: operationLabel(operation) };
        for (let i = 1; i < own.length; i++) context.report({ messageId: 'operation', pointer: at(operation.pointer, own[i]!), data });
        const shared = bodiesOf(context, operation.pathItem.value.parameters);
        if (own.length <= 1 && shared.length <= 1 && effective > 1) {
          context.report({ messageId: 'combined', pointer: own[0] === undefined ? operation.pointer : at(operation.pointer, own[0]), data });
        }
      },
    };
  },
});
