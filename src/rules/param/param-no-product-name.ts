import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { textField } from '../shared/operations.js';
import { parameterLabel } from '../shared/parameters.js';
import { findProductName } from '../shared/words.js';

export const docs: RuleDocs = {
  rationale: 'Connector strings may not name Power Platform products: the connector is shown inside those products and must read the same in all of them.',
  fix: "Remove the product name: 'The Power Automate flow name' becomes 'The name of the workflow'.",
  source: 'Microsoft Learn, certification submission.',
};

export default defineRule({
  meta: {
    id: 'param-no-product-name',
    area: 'param',
    description: 'Parameter x-ms-summary and description name no Power Platform product.',
    severity: certification('error'),
    messages: {
      productName: "The {field} of parameter {parameter} names the Power Platform product '{name}'; describe the value without it.",
    },
  },
  create(context) {
    return {
      parameter(node) {
        const { value } = node;
        for (const field of ['x-ms-summary', 'description'] as const) {
          const text = textField(value, node.pointer, field);
          const name = text && findProductName(text.text);
          if (text && name) context.report({ messageId: 'productName', pointer: text.pointer, data: { field, parameter: parameterLabel(value), name } });
        }
      },
    };
  },
});
