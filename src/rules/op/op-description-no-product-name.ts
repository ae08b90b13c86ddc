import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { operationLabel, textField } from '../shared/operations.js';
import { findProductName } from '../shared/words.js';

export const docs: RuleDocs = {
  rationale: 'Connector strings may not name Power Platform products: the connector is shown inside those products and must read the same in all of them.',
  fix: "Remove the product name: 'Use this in Power Apps to list items.' becomes 'Lists the items of a board.'",
  source: 'Microsoft Learn, certification submission; connector string guidance.',
};

export default defineRule({
  meta: {
    id: 'op-description-no-product-name',
    area: 'op',
    description: 'Operation descriptions name no Power Platform product.',
    severity: certification('error'),
    messages: {
      productName: "The description of operation '{operation}' names the Power Platform product '{name}'; describe the action without it.",
    },
  },
  create(context) {
    return {
      operation(operation) {
        const description = textField(operation.value, operation.pointer, 'description');
        const name = description && findProductName(description.text);
        if (description && name) {
          context.report({ messageId: 'productName', pointer: description.pointer, data: { operation: operationLabel(operation), name } });
        }
      },
    };
  },
});
