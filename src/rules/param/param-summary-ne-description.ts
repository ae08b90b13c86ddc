import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { sameComparableText } from '../shared/operation-text.js';
import { textField } from '../shared/operations.js';
import { parameterLabel } from '../shared/parameters.js';

export const docs: RuleDocs = {
  rationale: 'The designer shows the label and the description together; a description that repeats the label gives the user nothing more.',
  fix: "Label 'Station ID', description 'The identifier of the tide station, as listed by List stations.'",
  source: 'Microsoft Learn, connector string guidance.',
};

export default defineRule({
  meta: {
    id: 'param-summary-ne-description',
    area: 'param',
    description: "A parameter's description says more than its x-ms-summary.",
    severity: certification('warning'),
    messages: {
      same: 'The description of parameter {parameter} repeats its x-ms-summary; say what value to give, its format or where to find it.',
    },
  },
  create(context) {
    return {
      parameter(node) {
        const { value } = node;
        const summary = textField(value, node.pointer, 'x-ms-summary');
        const description = textField(value, node.pointer, 'description');
        if (summary && description && sameComparableText(summary.text, description.text)) {
          context.report({ messageId: 'same', pointer: description.pointer, data: { parameter: parameterLabel(value) } });
        }
      },
    };
  },
});
