import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleContext, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';
import { clip } from '../shared/operation-text.js';
import { stringField } from '../shared/operations.js';

/** Reports every entry of one `parameters` list whose name and location repeat an earlier entry. */
function checkList(context: RuleContext<'duplicate'>, list: unknown, ownerLabel: () => string, owner: { readonly pointer: string }): void {
  if (!Array.isArray(list)) return;
  const seen = new Set<string>();
  list.forEach((raw, index) => {
    const { value } = context.refs.follow(raw);
    if (!isObject(value)) return;
    const name = stringField(value, 'name');
    const location = stringField(value, 'in');
    if (name === undefined || location === undefined) return;
    const key = `${name}\u0000${location}`;
    if (!seen.has(key)) seen.add(key);
    else context.report({ messageId: 'duplicate', pointer: joinPointer(owner.pointer, 'parameters', index), data: { owner: ownerLabel(), name: clip(name), location: clip(location) } });
  });
}

export const docs: RuleDocs = {
  rationale: 'A parameter is identified by its name and location; a second declaration is ambiguous, and the validator rejects it. An operation-level parameter may override a path-level one of the same name and location: that is not a duplicate.',
  fix: 'Remove the repeated parameter, or the repeated `$ref` to it.',
  source: 'Swagger Validator OperationParametersContainDuplicateParameter, PathParametersContainDuplicateParameter and OperationParametersAreNotUnique; Swagger 2.0 specification.',
};

export default defineRule({
  meta: {
    id: 'param-unique',
    area: 'param',
    description: 'No parameter list declares the same name and location twice.',
    severity: everywhere('error'),
    messages: {
      duplicate: "{owner} declares the parameter '{name}' in {location} more than once; keep one declaration.",
    },
  },
  create(context) {
    return {
      pathItem(node) {
        checkList(context, node.value.parameters, () => `The path '${clip(node.path)}'`, node);
      },
      operation(node) {
        const label = () => {
          const operationId = stringField(node.value, 'operationId');
          return operationId ? `Operation '${clip(operationId)}'` : `The ${node.method.toUpperCase()} operation of '${clip(node.path)}'`;
        };
        checkList(context, node.value.parameters, label, node);
      },
    };
  },
});
