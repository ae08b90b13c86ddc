import type { JsonObject } from '../../core/nodes.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { clip } from '../shared/operation-text.js';
import { textField } from '../shared/operations.js';
import { codePointLength } from '../shared/text.js';

export const maxParameterSummaryLength = 80;

export const docs: RuleDocs = {
  rationale: 'x-ms-summary is a field label in the designer. Microsoft sets an 80-character limit, and no accepted connector exceeds it.',
  fix: 'Shorten the label; move the detail to the description.',
  source: 'Microsoft Learn, connector string guidance; certification submission.',
};

export default defineRule({
  meta: {
    id: 'param-summary-max-length',
    area: 'param',
    description: `x-ms-summary of parameters and schema properties is at most ${maxParameterSummaryLength} characters.`,
    severity: certification('error'),
    messages: {
      tooLong: `The x-ms-summary '{summary}' is {length} characters long; shorten it to at most ${maxParameterSummaryLength}.`,
    },
  },
  create(context) {
    const check = (value: JsonObject, pointer: string) => {
      const summary = textField(value, pointer, 'x-ms-summary');
      const length = summary ? codePointLength(summary.text) : 0;
      if (summary && length > maxParameterSummaryLength) {
        context.report({ messageId: 'tooLong', pointer: summary.pointer, data: { summary: clip(summary.text, 40), length } });
      }
    };
    return {
      parameter({ value, pointer }) {
        check(value, pointer);
      },
      schema({ value, pointer }) {
        check(value, pointer);
      },
    };
  },
});
