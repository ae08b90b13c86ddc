import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { clip } from '../shared/operation-text.js';

export const docs: RuleDocs = {
  rationale: 'Paths are appended to the basePath; Swagger 2.0 and the platform accept only paths that start with a slash.',
  fix: "Add the leading slash: 'items/{id}' becomes '/items/{id}'.",
  source: 'Swagger Validator OperationPathMustStartWithSlash; Swagger 2.0 schema (paths keys match ^/).',
};

export default defineRule({
  meta: {
    id: 'path-starts-with-slash',
    area: 'path',
    description: 'Every path starts with `/`.',
    severity: everywhere('error'),
    messages: {
      noSlash: "The path '{path}' does not start with '/'; write it as '/{path}'.",
    },
  },
  create(context) {
    return {
      pathItem(node) {
        const { path } = node;
        if (!path.startsWith('/')) context.report({ messageId: 'noSlash', pointer: node.pointer, target: 'key', data: { path: clip(path) } });
      },
    };
  },
});
