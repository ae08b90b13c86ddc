import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { afterDynamicCalls } from '../shared/dynamic.js';
import { operationLabel } from '../shared/responses.js';
import { apiDefinitionName } from '../shared/schemas.js';

export const docs: RuleDocs = {
  rationale:
    "Until the user fills in the optional input, the design-time call cannot be made and the drop-down stays empty. A body property counts as required when the body schema's `required` lists say so, whatever the body parameter's own `required` flag (which only says whether a body is sent).",
  fix: 'Mark the referenced input as required, or give the parameter a literal value.',
  source: 'Microsoft Learn, Swagger Validator rule OperationParameterRequiredMismatch.',
};

export default defineRule({
  meta: {
    id: 'ext-dynamic-params-required',
    area: 'ext',
    description: 'A required parameter of a dynamically called operation is not fed from an optional input.',
    severity: everywhere('error'),
    messages: {
      optionalSource:
        "Required parameter '{key}' of '{operationId}' is filled from '{path}', which is optional in '{caller}'; make '{path}' required or pass a literal.",
    },
  },
  create(context) {
    return afterDynamicCalls(context.refs, (collected) => {
      for (const { argument, target, source, caller, operationId } of collected.linkedReferences(context.refs)) {
        if (!target?.required || !source.input || source.input.required) continue;
        const data = { key: argument.key, operationId, path: argument.path, caller: operationLabel(caller) };
        context.report({ messageId: 'optionalSource', pointer: argument.pointer, file: apiDefinitionName(context), data });
      }
    });
  },
});
