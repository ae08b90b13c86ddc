import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { operationResponses } from '../shared/responses.js';
import { apiDefinitionName } from '../shared/schemas.js';

export const docs: RuleDocs = {
  rationale: 'Documented error codes tell flow authors which failures to expect and handle.',
  fix: 'Add the known error responses, each with a description (and no schema, see resp-single-schema).',
  source: 'Microsoft Learn, coding standards (responses).',
};

export default defineRule({
  meta: {
    id: 'resp-known-errors',
    area: 'resp',
    description: 'The connector documents the error status codes (4xx, 5xx) its service returns.',
    severity: certification('info'),
    messages: {
      none: 'No operation lists an error response; document the 4xx and 5xx codes the service returns (for example 400, 401, 404, 500).',
    },
  },
  create(context) {
    let operations = 0;
    let documented = false;
    return {
      operation(operation) {
        operations++;
        if (!documented) documented = operationResponses(operation, context.refs).some((r) => r.code[0] === '4' || r.code[0] === '5');
      },
      connectorEnd() {
        if (operations > 0 && !documented) context.report({ messageId: 'none', pointer: '/paths', file: apiDefinitionName(context) });
      },
    };
  },
});
