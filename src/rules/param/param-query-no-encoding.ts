import { joinPointer } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { has } from '../shared/operations.js';
import { locationOf, parameterLabel } from '../shared/parameters.js';

export const docs: RuleDocs = {
  rationale: 'The platform encodes every query value once and does not let a parameter change that; the validator rejects the extension on query parameters.',
  fix: 'Remove `x-ms-url-encoding` from the query parameter.',
  source: "Swagger Validator QueryParameterEncodingNotSupported; OpenAPI extensions (x-ms-url-encoding applies to path parameters).",
};

export default defineRule({
  meta: {
    id: 'param-query-no-encoding',
    area: 'param',
    description: 'Query parameters do not declare `x-ms-url-encoding`.',
    severity: certification('error'),
    messages: {
      declared: 'The query parameter {parameter} declares x-ms-url-encoding, which query parameters do not support; remove it, query values are always encoded once.',
    },
  },
  create(context) {
    return {
      parameter(node) {
        const { value } = node;
        if (locationOf(value) === 'query' && has(value, 'x-ms-url-encoding')) {
          context.report({ messageId: 'declared', pointer: joinPointer(node.pointer, 'x-ms-url-encoding'), target: 'key', data: { parameter: parameterLabel(value) } });
        }
      },
    };
  },
});
