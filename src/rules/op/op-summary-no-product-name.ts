import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { operationLabel, textField } from '../shared/operations.js';
import { findProductName } from '../shared/words.js';

export const docs: RuleDocs = {
  rationale: 'Connector strings may not name Power Platform products: the connector is shown inside those products and must read the same in all of them.',
  fix: "Remove the product name: 'Send to Power Automate' becomes 'Send a notification'.",
  source: 'Microsoft Learn, certification submission; connector string guidance.',
};

export default defineRule({
  meta: {
    id: 'op-summary-no-product-name',
    area: 'op',
    description: 'Operation summaries name no Power Platform product.',
    severity: certification('error'),
    messages: {
      productName: "The summary of operation '{operation}' names the Power Platform product '{name}'; describe the action without it.",
    },
  },
  create(context) {
    return {
      operation(operation) {
        const summary = textField(operation.value, operation.pointer, 'summary');
        const name = summary && findProductName(summary.text);
        if (summary && name) {
          context.report({ messageId: 'productName', pointer: summary.pointer, data: { operation: operationLabel(operation), name } });
        }
      },
    };
  },
});
