import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { clip } from '../shared/operation-text.js';
import { stringField } from '../shared/operations.js';

export const docs: RuleDocs = {
  rationale: 'Flows bind to an operation by its operationId, so two operations with the same one cannot be told apart; the platform refuses the definition.',
  fix: 'Rename one of the operations. If the connector is published, rename the newer one so existing flows keep working.',
  source: 'Swagger Validator OperationIdNotUnique; Swagger 2.0 specification.',
};

export default defineRule({
  meta: {
    id: 'op-operationid-unique',
    area: 'op',
    description: 'No two operations share an `operationId`.',
    severity: everywhere('error'),
    messages: {
      duplicate: "The operationId '{operationId}' is already used by {method} '{path}'; give each operation its own operationId.",
    },
  },
  create(context) {
    const seen = new Map<string, { method: string; path: string }>();
    return {
      operation(node) {
        const { value, method, path } = node;
        const operationId = stringField(value, 'operationId');
        if (!operationId) return;
        const first = seen.get(operationId);
        if (!first) seen.set(operationId, { method: method.toUpperCase(), path: clip(path) });
        else context.report({ messageId: 'duplicate', pointer: joinPointer(node.pointer, 'operationId'), data: { operationId: clip(operationId), ...first } });
      },
    };
  },
});
