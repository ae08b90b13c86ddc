import { joinPointer } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { has, operationLabel } from '../shared/operations.js';

export const docs: RuleDocs = {
  rationale: 'The description is the help text of the operation in the designer and in the connector reference. It applies to operations hidden with `x-ms-visibility: internal` as well: the certification checklist asks it of every operation, and 269 of the 277 merged certified folders of microsoft/PowerPlatformConnectors meet it on all of theirs.',
  fix: 'Add `description`: one or two full sentences, ending in a full stop, that add to the summary.',
  source: 'Microsoft Learn, certification submission checklist; coding standards.',
};

export default defineRule({
  meta: {
    id: 'op-description-required',
    area: 'op',
    description: 'Every operation has a non-empty `description`.',
    severity: certification('error'),
    messages: {
      missing: "Operation '{operation}' has no description; add a full sentence that says what it does.",
      empty: "Operation '{operation}' has an empty description; write a full sentence that says what it does.",
    },
  },
  create(context) {
    return {
      operation(operation) {
        const { value } = operation;
        if (!has(value, 'description')) context.report({ messageId: 'missing', pointer: operation.pointer, target: 'key', data: { operation: operationLabel(operation) } });
        else if (typeof value.description === 'string' && value.description.trim() === '') {
          context.report({ messageId: 'empty', pointer: joinPointer(operation.pointer, 'description'), data: { operation: operationLabel(operation) } });
        }
      },
    };
  },
});
