import { joinPointer } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { clip } from '../shared/operation-text.js';
import { has } from '../shared/operations.js';

export const docs: RuleDocs = {
  rationale: 'Flows and apps refer to an operation by its operationId; the validator rejects operations without one.',
  fix: 'Add `operationId`: a unique PascalCase name made of letters and digits, for example `ListStations`.',
  source: 'Swagger Validator OperationIdRequired (logged as OperationIdNotFound in PowerPlatformConnectors PR#1595).',
};

export default defineRule({
  meta: {
    id: 'op-operationid-required',
    area: 'op',
    description: 'Every operation has a non-empty `operationId`.',
    severity: certification('error'),
    messages: {
      missing: "The {method} operation of '{path}' has no operationId; add a unique PascalCase name that says what it does, such as 'GetItem'.",
      empty: "The {method} operation of '{path}' has an empty operationId; give it a unique PascalCase name.",
    },
  },
  create(context) {
    return {
      operation(node) {
        const { value, method, path } = node;
        if (!has(value, 'operationId')) context.report({ messageId: 'missing', pointer: node.pointer, target: 'key', data: { method: method.toUpperCase(), path: clip(path) } });
        else if (typeof value.operationId === 'string' && value.operationId.trim() === '') {
          context.report({ messageId: 'empty', pointer: joinPointer(node.pointer, 'operationId'), data: { method: method.toUpperCase(), path: clip(path) } });
        }
      },
    };
  },
});
