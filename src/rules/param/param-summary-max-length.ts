import type { JsonObject } from '../../core/nodes.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { clip } from '../shared/operation-text.js';
import { stringField } from '../shared/operations.js';
import { joinPointer } from '../../parse/pointer.js';
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
    const check = (node: { value: JsonObject; readonly pointer: string }) => {
      const text = stringField(node.value, 'x-ms-summary');
      // A text no longer than the limit in UTF-16 units cannot be longer in code points.
      if (text === undefined || text.length <= maxParameterSummaryLength) return;
      const length = codePointLength(text);
      if (length > maxParameterSummaryLength && text.trim() !== '') {
        context.report({ messageId: 'tooLong', pointer: joinPointer(node.pointer, 'x-ms-summary'), data: { summary: clip(text, 40), length } });
      }
    };
    return { parameter: check, schema: check };
  },
});
