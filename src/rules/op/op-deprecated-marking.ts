import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { operationLabel, textField } from '../shared/operations.js';

const marker = '(deprecated)';

export const docs: RuleDocs = {
  rationale: 'Deprecated operations stay visible in existing flows; the marker tells users to move to the replacement.',
  fix: "Append ' (deprecated)' to the summary and the description, and point to the replacement operation in the description.",
  source: 'Microsoft Learn, deprecating an operation.',
};

export default defineRule({
  meta: {
    id: 'op-deprecated-marking',
    area: 'op',
    description: 'A deprecated operation says "(deprecated)" in its summary and description.',
    severity: certification('warning'),
    messages: {
      summary: "Operation '{operation}' is deprecated but its summary does not say so; append ' (deprecated)' to it.",
      description: "Operation '{operation}' is deprecated but its description does not say so; append ' (deprecated)' to it.",
    },
  },
  create(context) {
    return {
      operation(operation) {
        const { value, pointer } = operation;
        if (value.deprecated !== true) return;
        const data = { operation: operationLabel(operation) };
        for (const field of ['summary', 'description'] as const) {
          const text = textField(value, pointer, field);
          if (text && !text.text.toLowerCase().includes(marker)) context.report({ messageId: field, pointer: text.pointer, data });
        }
      },
    };
  },
});
