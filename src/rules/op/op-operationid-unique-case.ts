import { joinPointer } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { clip } from '../shared/operation-text.js';
import { stringField } from '../shared/operations.js';

export const docs: RuleDocs = {
  rationale:
    'The validator compares operationIds exactly, but ids that differ only in case are easy to confuse, and tools that fold case (file names of generated code, some clients) would merge them.',
  fix: 'Rename one of the operations so that the names differ in more than letter case.',
  source: 'Rules catalogue, op-operationid-unique; new id so that its level can differ.',
};

export default defineRule({
  meta: {
    id: 'op-operationid-unique-case',
    area: 'op',
    description: 'No two operationIds differ only in letter case.',
    severity: certification('warning'),
    messages: {
      caseOnly: "The operationId '{operationId}' differs only in letter case from '{other}'; make the names differ in more than case.",
    },
  },
  create(context) {
    const seen = new Map<string, string>();
    return {
      operation(node) {
        const { value } = node;
        const operationId = stringField(value, 'operationId');
        if (!operationId) return;
        const key = operationId.toLowerCase();
        const other = seen.get(key);
        if (other === undefined) seen.set(key, operationId);
        else if (other !== operationId) {
          context.report({ messageId: 'caseOnly', pointer: joinPointer(node.pointer, 'operationId'), data: { operationId: clip(operationId), other: clip(other) } });
        }
      },
    };
  },
});
