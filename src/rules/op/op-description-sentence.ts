import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { replaceWith } from '../shared/fixes.js';
import { endsLikeSentence, isSingleWord, withFullStop } from '../shared/operation-text.js';
import { operationLabel, textField } from '../shared/operations.js';

export const docs: RuleDocs = {
  rationale:
    'Descriptions are help text, read as sentences. A third of accepted connectors have descriptions without a final full stop, so this is advice (info), not a rejection; one-word descriptions, tolerated by string guidance, are not flagged.',
  fix: "End the description with '.', '!' or '?', and make it a sentence: 'Lists the stations.' When the text ends in a letter, digit or closing bracket, the finding's fix adds the full stop.",
  source: 'Microsoft Learn, certification submission; coding standards.',
};

export default defineRule({
  meta: {
    id: 'op-description-sentence',
    area: 'op',
    description: 'Operation descriptions are full sentences ending in punctuation.',
    severity: certification('info'),
    fixable: true,
    messages: {
      noStop: "The description of operation '{operation}' does not end in a full stop; write it as a full sentence.",
    },
  },
  create(context) {
    return {
      operation(operation) {
        const description = textField(operation.value, operation.pointer, 'description');
        if (!description || endsLikeSentence(description.text) || isSingleWord(description.text)) return;
        const fixed = withFullStop(description.text);
        context.report({ messageId: 'noStop', pointer: description.pointer, data: { operation: operationLabel(operation) }, ...(fixed !== undefined && { fix: replaceWith(description.pointer, fixed) }) });
      },
    };
  },
});
