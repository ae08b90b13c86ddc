import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { clip } from '../shared/operation-text.js';
import { templateProblem } from '../shared/paths.js';

export const docs: RuleDocs = {
  rationale: 'The platform fills each `{name}` from a path parameter within one URL segment; malformed templates cannot be routed.',
  fix: "Write one '{name}' per variable, inside a segment: '/items/{id}'. Encode literal braces as %7B and %7D.",
  source: 'Swagger Validator OperationPathTemplateNotValid.',
};

export default defineRule({
  meta: {
    id: 'path-template-valid',
    area: 'path',
    description: 'Path templates are well formed: each `{name}` is closed, named and inside one segment.',
    severity: everywhere('error'),
    messages: {
      unclosed: "The path '{path}' opens a '{' that is not closed before the next '{' or the end; close it, or encode a literal brace as %7B.",
      unopened: "The path '{path}' has a '}' with no '{' before it; remove it, or encode a literal brace as %7D.",
      crossesSegment: "The path '{path}' has a template variable that spans a '/'; keep each braced variable inside one segment.",
      empty: "The path '{path}' has an empty template variable '{}'; name it after its path parameter.",
    },
  },
  create(context) {
    return {
      pathItem(node) {
        const { path } = node;
        const problem = templateProblem(path);
        if (problem) context.report({ messageId: problem, pointer: node.pointer, target: 'key', data: { path: clip(path) } });
      },
    };
  },
});
