import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { afterDynamicCalls, dynamicArguments, findTargetInput } from '../shared/dynamic.js';
import { apiDefinitionName } from '../shared/schemas.js';

export const docs: RuleDocs = {
  rationale: 'The keys of `parameters` name the inputs of the called operation; an unknown name fails when the definition is imported.',
  fix: 'Rename the key to a parameter of the called operation (or `<body parameter>/<property>` for a body property).',
  source: 'Microsoft Learn, Swagger Validator rule OperationParameterNameNotFound; import error reported in microsoft/PowerPlatformConnectors#254 and #790.',
};

export default defineRule({
  meta: {
    id: 'ext-dynamic-params-exist',
    area: 'ext',
    description: "Every key of a dynamic call's `parameters` is an input of the called operation.",
    severity: everywhere('error'),
    messages: {
      notFound: "'{key}' is not an input of operation '{operationId}'; use one of its parameter names ({names}).",
    },
  },
  create(context) {
    return afterDynamicCalls(context.refs, (collected) => {
      for (const call of collected.calls) {
        const callee = collected.catalog.byId.get(call.operationId);
        if (!callee) continue;
        for (const argument of dynamicArguments(call.call, call.pointer)) {
          if (findTargetInput(callee, argument.key, context.refs)) continue;
          const names = callee.parameters.map((p) => String(p.value.name)).join(', ') || 'none';
          context.report({ messageId: 'notFound', pointer: argument.pointer, target: 'key', file: apiDefinitionName(context), data: { key: argument.key, operationId: call.operationId, names } });
        }
      }
    });
  },
});
