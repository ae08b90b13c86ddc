import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { replaceWith } from '../shared/fixes.js';
import { endsLikeSentence, isSingleWord, withFullStop } from '../shared/operation-text.js';
import { textField } from '../shared/operations.js';
import { parameterLabel } from '../shared/parameters.js';

export const docs: RuleDocs = {
  rationale:
    'Descriptions are help text under the field, read as sentences. Many accepted connectors leave the final full stop out, so this is advice (info); one-word descriptions are not flagged.',
  fix: "End the description with '.', '!' or '?', and make it a sentence: 'The day to predict, as YYYY-MM-DD.' When the text ends in a letter, digit or closing bracket, the finding's fix adds the full stop.",
  source: 'Microsoft Learn, certification submission.',
};

export default defineRule({
  meta: {
    id: 'param-description-sentence',
    area: 'param',
    description: 'Parameter descriptions are full sentences ending in punctuation.',
    severity: certification('info'),
    fixable: true,
    messages: {
      noStop: 'The description of parameter {parameter} does not end in a full stop; write it as a full sentence.',
    },
  },
  create(context) {
    return {
      parameter(node) {
        const { value } = node;
        const description = textField(value, node.pointer, 'description');
        if (!description || endsLikeSentence(description.text) || isSingleWord(description.text)) return;
        const fixed = withFullStop(description.text);
        context.report({ messageId: 'noStop', pointer: description.pointer, data: { parameter: parameterLabel(value) }, ...(fixed !== undefined && { fix: replaceWith(description.pointer, fixed) }) });
      },
    };
  },
});
