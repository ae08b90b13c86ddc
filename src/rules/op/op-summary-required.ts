import { joinPointer } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { has, operationLabel } from '../shared/operations.js';

export const docs: RuleDocs = {
  rationale: 'The summary is the name of the action or trigger in the designer; without it users see the operationId. It applies to operations hidden with `x-ms-visibility: internal` as well: the certification checklist asks it of every operation, and 274 of the 277 merged certified folders of microsoft/PowerPlatformConnectors meet it on all of theirs.',
  fix: 'Add `summary`: a sentence-case phrase of at most 80 characters that says what the operation does.',
  source: 'Microsoft Learn, certification submission checklist; coding standards; validator RequiredValueEmpty.',
};

export default defineRule({
  meta: {
    id: 'op-summary-required',
    area: 'op',
    description: 'Every operation has a non-empty `summary`.',
    severity: certification('error'),
    messages: {
      missing: "Operation '{operation}' has no summary; add a short phrase such as 'List stations'.",
      empty: "Operation '{operation}' has an empty summary; write a short phrase such as 'List stations'.",
    },
  },
  create(context) {
    return {
      operation(operation) {
        const { value } = operation;
        if (!has(value, 'summary')) context.report({ messageId: 'missing', pointer: operation.pointer, target: 'key', data: { operation: operationLabel(operation) } });
        else if (typeof value.summary === 'string' && value.summary.trim() === '') {
          context.report({ messageId: 'empty', pointer: joinPointer(operation.pointer, 'summary'), data: { operation: operationLabel(operation) } });
        }
      },
    };
  },
});
