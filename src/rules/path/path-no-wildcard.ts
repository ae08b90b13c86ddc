import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { clip } from '../shared/operation-text.js';

export const docs: RuleDocs = {
  rationale: 'The platform routes requests on fixed path templates and does not support wildcards.',
  fix: "Replace '*' with a path parameter: '/files/*' becomes '/files/{path}' with an `in: path` parameter.",
  source: "Swagger Validator OperationPathContainsUnsupportedCharacters.",
};

export default defineRule({
  meta: {
    id: 'path-no-wildcard',
    area: 'path',
    description: 'Paths contain no `*`.',
    severity: everywhere('error'),
    messages: {
      wildcard: "The path '{path}' contains the wildcard '*'; name the variable part with a path parameter in braces.",
    },
  },
  create(context) {
    return {
      pathItem(node) {
        const { path } = node;
        if (path.includes('*')) context.report({ messageId: 'wildcard', pointer: node.pointer, target: 'key', data: { path: clip(path) } });
      },
    };
  },
});
