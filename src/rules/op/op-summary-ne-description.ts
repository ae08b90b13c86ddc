import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { sameComparableText } from '../shared/operation-text.js';
import { operationLabel, textField } from '../shared/operations.js';

export const docs: RuleDocs = {
  rationale: 'The designer shows both strings; a description that repeats the summary gives the user nothing more.',
  fix: "Summary 'List stations', description 'Lists the tide stations whose name contains the search text.'",
  source: 'Microsoft Learn, connector string guidance; coding standards.',
};

export default defineRule({
  meta: {
    id: 'op-summary-ne-description',
    area: 'op',
    description: 'An operation description says more than its summary.',
    severity: certification('warning'),
    messages: {
      same: "The description of operation '{operation}' repeats its summary; say what the operation does, what it needs or what it returns.",
    },
  },
  create(context) {
    return {
      operation(operation) {
        const summary = textField(operation.value, operation.pointer, 'summary');
        const description = textField(operation.value, operation.pointer, 'description');
        if (summary && description && sameComparableText(summary.text, description.text)) {
          context.report({ messageId: 'same', pointer: description.pointer, data: { operation: operationLabel(operation) } });
        }
      },
    };
  },
});
