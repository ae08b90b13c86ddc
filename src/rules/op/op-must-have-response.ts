import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';
import { operationLabel } from '../shared/operations.js';

export const docs: RuleDocs = {
  rationale: 'Swagger 2.0 requires `responses` with at least one entry, and the platform refuses operations without one.',
  fix: "Add `responses` with the success code the service returns, for example `\"200\": { \"description\": \"OK\", \"schema\": {...} }`.",
  source: 'Swagger Validator OperationMustHaveResponse; Swagger 2.0 schema (responses minProperties 1).',
};

export default defineRule({
  meta: {
    id: 'op-must-have-response',
    area: 'op',
    description: 'Every operation declares at least one response.',
    severity: everywhere('error'),
    messages: {
      missing: "Operation '{operation}' has no responses; declare at least its success response, such as '200'.",
      empty: "Operation '{operation}' has an empty responses object; declare at least its success response, such as '200'.",
    },
  },
  create(context) {
    return {
      operation(operation) {
        const { value } = operation;
        if (!isObject(value.responses)) {
          if (value.responses === undefined) context.report({ messageId: 'missing', pointer: operation.pointer, target: 'key', data: { operation: operationLabel(operation) } });
          return;
        }
        // Any key but an extension is a response.
        for (const code in value.responses) if (!code.startsWith('x-')) return;
        context.report({ messageId: 'empty', pointer: joinPointer(operation.pointer, 'responses'), data: { operation: operationLabel(operation) } });
      },
    };
  },
});
