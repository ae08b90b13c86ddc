import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { has } from '../shared/operations.js';
import { locationOf, parameterLabel } from '../shared/parameters.js';

export const docs: RuleDocs = {
  rationale: 'A path value with a slash, a space or a question mark breaks the URL unless it is encoded; the validator asks every path parameter to say how.',
  fix: 'Add `"x-ms-url-encoding": "single"` (or "double" where the service decodes twice).',
  source: "Swagger Validator PathParameterMissingEncoding; OpenAPI extensions.",
};

export default defineRule({
  meta: {
    id: 'param-path-encoding',
    area: 'param',
    description: 'Path parameters declare `x-ms-url-encoding`.',
    severity: certification('warning'),
    messages: {
      missing: 'The path parameter {parameter} does not declare x-ms-url-encoding; add "x-ms-url-encoding": "single" so that its value is URL-encoded.',
    },
  },
  create(context) {
    return {
      parameter(node) {
        const { value } = node;
        if (locationOf(value) === 'path' && !has(value, 'x-ms-url-encoding')) {
          context.report({ messageId: 'missing', pointer: node.pointer, data: { parameter: parameterLabel(value) } });
        }
      },
    };
  },
});
