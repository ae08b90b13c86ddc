import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { clip } from '../shared/operation-text.js';
import { stringField } from '../shared/operations.js';

export const docs: RuleDocs = {
  rationale: 'The platform adds a connectionId to every call to say which connection to use; a parameter of that name would clash with it. The rule compares without case, to be safe.',
  fix: "Rename the parameter, for example to 'accountConnectionId'; the label users see is its x-ms-summary.",
  source: "Swagger Validator ConnectionIdParameterNotAllowed.",
};

export default defineRule({
  meta: {
    id: 'param-no-connectionid',
    area: 'param',
    description: 'No parameter is named `connectionId`.',
    severity: everywhere('error'),
    messages: {
      reserved: "The parameter name '{name}' is reserved by the platform for the connection; rename the parameter.",
    },
  },
  create(context) {
    return {
      parameter(node) {
        const { value } = node;
        const name = stringField(value, 'name');
        if (name?.toLowerCase() === 'connectionid') context.report({ messageId: 'reserved', pointer: joinPointer(node.pointer, 'name'), data: { name: clip(name) } });
      },
    };
  },
});
