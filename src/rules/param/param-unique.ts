import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleContext, type RuleDocs } from '../../core/rule.js';
import { refOf } from '../../core/refs.js';
import { isObject } from '../../core/walk.js';
import { clip } from '../shared/operation-text.js';
import { stringField } from '../shared/operations.js';

/** Reports every entry of one `parameters` list whose name and location repeat an earlier entry. */
function checkList(context: RuleContext<'duplicate'>, list: unknown, owner: () => string, ownerPointer: string): void {
  // One entry cannot repeat another: most lists are answered here.
  if (!Array.isArray(list) || list.length < 2) return;
  const seen = new Map<string, unknown>();
  list.forEach((raw, index) => {
    const value = refOf(raw) === undefined ? raw : context.refs.follow(raw).value;
    if (!isObject(value)) return;
    const name = stringField(value, 'name');
    const location = stringField(value, 'in');
    if (name === undefined || location === undefined) return;
    const key = `${name}\u0000${location}`;
    if (!seen.has(key)) return void seen.set(key, raw);
    const at = joinPointer(ownerPointer, 'parameters', index);
    // Only an exact repeat goes without a doubt; two different declarations need the author to choose.
    const fix = JSON.stringify(raw) === JSON.stringify(seen.get(key)) ? [{ op: 'remove' as const, path: at }] : undefined;
    context.report({ messageId: 'duplicate', pointer: at, data: { owner: owner(), name: clip(name), location: clip(location) }, ...(fix && { fix }) });
  });
}

export const docs: RuleDocs = {
  rationale: 'A parameter is identified by its name and location; a second declaration is ambiguous, and the validator rejects it. An operation-level parameter may override a path-level one of the same name and location: that is not a duplicate.',
  fix: "Remove the repeated parameter, or the repeated `$ref` to it. When the entry repeats the first one exactly, the finding's fix removes it.",
  source: 'Swagger Validator OperationParametersContainDuplicateParameter, PathParametersContainDuplicateParameter and OperationParametersAreNotUnique; Swagger 2.0 specification.',
};

export default defineRule({
  meta: {
    id: 'param-unique',
    area: 'param',
    description: 'No parameter list declares the same name and location twice.',
    severity: everywhere('error'),
    fixable: true,
    messages: {
      duplicate: "{owner} declares the parameter '{name}' in {location} more than once; keep one declaration.",
    },
  },
  create(context) {
    return {
      pathItem({ value, pointer, path }) {
        checkList(context, value.parameters, () => `The path '${clip(path)}'`, pointer);
      },
      operation({ value, pointer, method, path }) {
        const owner = () => {
          const operationId = stringField(value, 'operationId');
          return operationId ? `Operation '${clip(operationId)}'` : `The ${method.toUpperCase()} operation of '${clip(path)}'`;
        };
        checkList(context, value.parameters, owner, pointer);
      },
    };
  },
});
