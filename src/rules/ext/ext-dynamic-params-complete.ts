import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { afterDynamicCalls } from '../shared/dynamic.js';
import { apiDefinitionName } from '../shared/schemas.js';
import { isObject } from '../../core/walk.js';

export const docs: RuleDocs = {
  rationale: 'The designer can only call the operation with the values the extension gives; a required parameter without a value or default makes the call fail.',
  fix: 'Add the parameter to `parameters`, as a literal or as a reference to an input of this operation.',
  source: 'Microsoft Learn, Swagger Validator rule OperationMissingRequiredProperty.',
};

export default defineRule({
  meta: {
    id: 'ext-dynamic-params-complete',
    area: 'ext',
    description: 'A dynamic call passes every required parameter of the called operation that has no default.',
    severity: everywhere('error'),
    messages: {
      missing: "The call to '{operationId}' does not pass its required parameter '{name}'; add it to 'parameters'.",
    },
  },
  create(context) {
    return afterDynamicCalls(context.refs, (collected) => {
      for (const call of collected.calls) {
        const callee = collected.catalog.byId.get(call.operationId);
        if (!callee) continue;
        const given = isObject(call.call.parameters) ? call.call.parameters : {};
        for (const { value } of callee.parameters) {
          const name = value.name;
          // Body properties are named by path; only whole parameters are checked here.
          if (typeof name !== 'string' || value.in === 'body' || value.required !== true || value.default !== undefined) continue;
          if (Object.hasOwn(given, name)) continue;
          const pointer = call.call.parameters === undefined ? call.pointer : joinPointer(call.pointer, 'parameters');
          context.report({ messageId: 'missing', pointer, file: apiDefinitionName(context), data: { operationId: call.operationId, name } });
        }
      }
    });
  },
});
