import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { afterDynamicCalls, dynamicArguments, findTargetInput } from '../shared/dynamic.js';
import { show } from '../shared/extensions.js';
import { operationLabel } from '../shared/responses.js';
import { apiDefinitionName, fitsType, jsonTypeOf } from '../shared/schemas.js';

const scalarTypes = ['string', 'number', 'integer', 'boolean'];

export const docs: RuleDocs = {
  rationale: 'The designer passes the values as they are; a value of another type makes the design-time call fail.',
  fix: 'Quote or unquote the literal to match the parameter type, or reference an input of the same type.',
  source: 'Microsoft Learn, Swagger Validator rules OperationParameterStaticTypeMismatch and OperationParameterTypeMismatch.',
};

export default defineRule({
  meta: {
    id: 'ext-dynamic-params-type',
    area: 'ext',
    description: 'Values passed by a dynamic call, literal or referenced, have the type of the parameter they fill.',
    severity: everywhere('error'),
    messages: {
      staticMismatch: "Parameter '{key}' of '{operationId}' is of type '{type}', but the call passes {value} ({actual}); pass a {type} value.",
      referenceMismatch:
        "Parameter '{key}' of '{operationId}' is of type '{type}', but the call fills it from '{path}' of '{caller}', which is of type '{sourceType}'; use inputs of the same type.",
    },
  },
  create(context) {
    return afterDynamicCalls(context.refs, (collected) => {
      const file = apiDefinitionName(context);
      for (const call of collected.calls) {
        const callee = collected.catalog.byId.get(call.operationId);
        if (!callee) continue;
        for (const argument of dynamicArguments(call.call, call.pointer)) {
          if (argument.kind !== 'literal') continue;
          const type = findTargetInput(callee, argument.key, context.refs)?.type;
          if (!type || !scalarTypes.includes(type) || fitsType(argument.value, type)) continue;
          const data = { key: argument.key, operationId: call.operationId, type, value: show(argument.value), actual: jsonTypeOf(argument.value) };
          context.report({ messageId: 'staticMismatch', pointer: argument.pointer, file, data });
        }
      }
      for (const { argument, target, source, caller, operationId } of collected.linkedReferences(context.refs)) {
        const type = target?.type;
        const sourceType = source.input?.type;
        if (!type || !sourceType || !scalarTypes.includes(type) || type === sourceType) continue;
        if (type === 'number' && sourceType === 'integer') continue;
        const data = { key: argument.key, operationId, type, path: argument.path, caller: operationLabel(caller), sourceType };
        context.report({ messageId: 'referenceMismatch', pointer: argument.pointer, file, data });
      }
    });
  },
});
