import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleContext, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';
import { clip } from '../shared/operation-text.js';
import { operationLabel } from '../shared/operations.js';
import { locationOf } from '../shared/parameters.js';

type Messages = 'operation' | 'path' | 'combined';

/** The body parameters of one written list, after `$ref`s, with where each is listed. */
function bodiesOf(context: RuleContext<Messages>, list: unknown, ownerPointer: string): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((raw, index) => {
    const { value } = context.refs.follow(raw);
    return isObject(value) && locationOf(value) === 'body' ? [joinPointer(ownerPointer, 'parameters', index)] : [];
  });
}

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
        for (const extra of bodiesOf(context, value.parameters, node.pointer).slice(1)) context.report({ messageId: 'path', pointer: extra, data: { path: clip(path) } });
      },
      operation(operation) {
        const data = { operation: operationLabel(operation) };
        const own = bodiesOf(context, operation.value.parameters, operation.pointer);
        for (const extra of own.slice(1)) context.report({ messageId: 'operation', pointer: extra, data });
        const shared = bodiesOf(context, operation.pathItem.value.parameters, operation.pathItem.pointer);
        const effective = operation.parameters.filter((parameter) => locationOf(parameter.value) === 'body');
        if (own.length <= 1 && shared.length <= 1 && effective.length > 1) {
          context.report({ messageId: 'combined', pointer: own[0] ?? operation.pointer, data });
        }
      },
    };
  },
});
