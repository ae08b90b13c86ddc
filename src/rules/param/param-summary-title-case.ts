import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { clip, firstLowerCaseWord } from '../shared/operation-text.js';
import { textField } from '../shared/operations.js';
import { parameterLabel } from '../shared/parameters.js';

export const docs: RuleDocs = {
  rationale: 'Microsoft recommends Title Case for field labels so that inputs read alike across connectors. Short joining words (of, to, by...) stay lower case.',
  fix: "Capitalise each main word: 'Search text' becomes 'Search Text'.",
  source: 'Microsoft Learn, OpenAPI extensions.',
};

export default defineRule({
  meta: {
    id: 'param-summary-title-case',
    area: 'param',
    description: 'Parameter x-ms-summary labels are in Title Case ("Calendar ID").',
    severity: certification('info'),
    messages: {
      notTitleCase: "The x-ms-summary '{summary}' of parameter {parameter} has the lower-case word '{word}'; write labels in Title Case.",
    },
  },
  create(context) {
    return {
      parameter(node) {
        const { value } = node;
        const summary = textField(value, node.pointer, 'x-ms-summary');
        const word = summary && firstLowerCaseWord(summary.text);
        if (summary && word) {
          context.report({ messageId: 'notTitleCase', pointer: summary.pointer, data: { summary: clip(summary.text), parameter: parameterLabel(value), word } });
        }
      },
    };
  },
});
