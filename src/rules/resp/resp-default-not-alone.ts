import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { operationLabel, operationResponses } from '../shared/responses.js';

export const docs: RuleDocs = {
  rationale: 'A lone `default` tells neither the designer nor the user what success looks like.',
  fix: 'Add the 2xx response with its schema, and known 4xx/5xx codes if you can.',
  source: 'Microsoft Learn, coding standards',
};

export default defineRule({
  meta: {
    id: 'resp-default-not-alone',
    area: 'resp',
    description: '`default` is not the only response of an operation.',
    severity: certification('warning'),
    messages: {
      alone: "Operation '{operation}' defines only a default response; add the success response (2xx) it returns.",
    },
  },
  create(context) {
    return {
      operation(operation) {
        const responses = operationResponses(operation, context.refs);
        if (responses.length !== 1 || responses[0]!.code !== 'default') return;
        context.report({ messageId: 'alone', pointer: responses[0]!.usePointer, data: { operation: operationLabel(operation) } });
      },
    };
  },
});
