import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { dynamicNames } from '../shared/dynamic.js';
import { extensionVisitors } from '../shared/extensions.js';

export const docs: RuleDocs = {
  rationale: 'A body parameter is described by its schema, so the platform reads dynamic behaviour from there.',
  fix: 'Move the extension from the body parameter object to its `schema` (for x-ms-dynamic-schema) or to the property inside the schema whose values it provides.',
  source: 'Microsoft Learn, Swagger Validator rule DynamicExtensionDefinitionNotAllowedInParameter.',
};

export default defineRule({
  meta: {
    id: 'ext-dynamic-placement',
    area: 'ext',
    description: 'Dynamic extensions sit on non-body parameters or inside schemas, never on the body parameter object itself.',
    severity: everywhere('error'),
    messages: {
      onBody: "{name} is not allowed on the body parameter; move it into the body parameter's schema (or onto the property it fills).",
    },
  },
  create(context) {
    return extensionVisitors(dynamicNames, (node) => {
      const { name, owner, ownerValue } = node;
      if (owner === 'parameter' && ownerValue.in === 'body') context.report({ messageId: 'onBody', pointer: node.pointer, target: 'key', data: { name } });
    });
  },
});
