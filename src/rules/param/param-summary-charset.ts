import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { firstNonPlainSummaryChar } from '../shared/operation-text.js';
import { textField } from '../shared/operations.js';
import { parameterLabel } from '../shared/parameters.js';
import { showChar } from '../shared/text.js';

export const docs: RuleDocs = {
  rationale:
    'The certification page asks for summaries made of alphanumeric characters and parentheses. Accepted connectors freely use . - / $ ? in parameter labels, so this is advice, never a rejection.',
  fix: "Reword without the character: 'E-mail' becomes 'Email', 'Start date/time' becomes 'Start Time'.",
  source: 'Microsoft Learn, certification submission.',
};

export default defineRule({
  meta: {
    id: 'param-summary-charset',
    area: 'param',
    description: 'Parameter x-ms-summary labels contain only letters, digits, spaces and parentheses.',
    severity: certification('info'),
    messages: {
      char: 'The x-ms-summary of parameter {parameter} contains {char}; Microsoft prefers letters, digits, spaces and parentheses only.',
    },
  },
  create(context) {
    return {
      parameter(node) {
        const { value } = node;
        const summary = textField(value, node.pointer, 'x-ms-summary');
        const char = summary && firstNonPlainSummaryChar(summary.text);
        if (summary && char) context.report({ messageId: 'char', pointer: summary.pointer, data: { parameter: parameterLabel(value), char: showChar(char) } });
      },
    };
  },
});
