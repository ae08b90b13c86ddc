import { joinPointer } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { clip } from '../shared/operation-text.js';
import { stringField } from '../shared/operations.js';
import { codePointLength } from '../shared/text.js';

/** The validator's limit is not published; the longest id in accepted connectors has 77 characters. */
export const maxOperationIdLength = 80;

export const docs: RuleDocs = {
  rationale:
    'The validator rejects operationIds over a length it does not publish. 80 characters is above every accepted id (the longest has 77), so an id over it is at risk; the level is a warning because the real limit is unknown.',
  fix: 'Shorten the operationId; keep it a verb and a noun in PascalCase.',
  source: "Swagger Validator OperationIdTooLong; longest operationId in accepted connectors.",
};

export default defineRule({
  meta: {
    id: 'op-operationid-max-length',
    area: 'op',
    description: `operationIds are at most ${maxOperationIdLength} characters.`,
    severity: certification('warning'),
    messages: {
      tooLong: `The operationId '{operationId}' is {length} characters long; shorten it to at most ${maxOperationIdLength}.`,
    },
  },
  create(context) {
    return {
      operation(node) {
        const { value } = node;
        const operationId = stringField(value, 'operationId');
        const length = operationId ? codePointLength(operationId) : 0;
        if (operationId && length > maxOperationIdLength) {
          context.report({ messageId: 'tooLong', pointer: joinPointer(node.pointer, 'operationId'), data: { operationId: clip(operationId, 40), length } });
        }
      },
    };
  },
});
