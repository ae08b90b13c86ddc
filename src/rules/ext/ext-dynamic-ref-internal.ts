import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { afterDynamicCalls } from '../shared/dynamic.js';
import { operationLabel } from '../shared/responses.js';
import { apiDefinitionName } from '../shared/schemas.js';

export const docs: RuleDocs = {
  rationale: 'Internal inputs are never shown or filled in at design time, so a dynamic call cannot take its value from one.',
  fix: 'Replace the reference with the internal input\'s default, as a literal value (`"api-version": "2024-01-01"`).',
  source: 'Microsoft Learn, OpenAPI extensions (x-ms-dynamic-values note); Swagger Validator rule SourcePropertyInternal.',
};

export default defineRule({
  meta: {
    id: 'ext-dynamic-ref-internal',
    area: 'ext',
    description: 'A dynamic call does not read an input that is internal (itself or through a parent).',
    severity: everywhere('error'),
    messages: {
      internal: "'{path}' of '{caller}' is internal (itself or through a parent), so the call cannot read it; pass its value as a literal instead.",
    },
  },
  create(context) {
    return afterDynamicCalls(context.refs, (collected) => {
      for (const { argument, source, caller } of collected.linkedReferences(context.refs)) {
        if (!source.input?.internal) continue;
        const data = { path: argument.path, caller: operationLabel(caller) };
        context.report({ messageId: 'internal', pointer: argument.pointer, file: apiDefinitionName(context), data });
      }
    });
  },
});
