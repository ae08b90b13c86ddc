import { joinPointer } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { clip } from '../shared/operation-text.js';
import { stringField } from '../shared/operations.js';
import { showChar } from '../shared/text.js';

/** The first character the validator's sanitized form would differ by: anything but letters and digits, except a `_V2` revision suffix. */
export function firstSanitizedChar(operationId: string): string | undefined {
  const suffix = /_V[0-9]+$/.exec(operationId);
  const stem = suffix ? operationId.slice(0, suffix.index) : operationId;
  return /[^A-Za-z0-9]/u.exec(stem)?.[0];
}

export const docs: RuleDocs = {
  rationale:
    "Microsoft's validator compares the operationId with a sanitized form of it and asks for only letters and digits, so that the two match. What the sanitizing does is not documented, so the message states only what the validator says. Accepted connectors use hyphens and underscores often, so this is a warning, not an error. Earlier versions said the platform strips the character, which no Microsoft page states.",
  fix: "Write the id in PascalCase: 'get-tide-predictions' becomes 'GetTidePredictions'. A revision suffix such as '_V2' is fine.",
  source: 'Swagger Validator OperationIdSanitized.',
};

export default defineRule({
  meta: {
    id: 'op-operationid-charset',
    area: 'op',
    description: 'operationIds contain only letters and digits (plus an optional `_V2` revision suffix).',
    severity: certification('warning'),
    messages: {
      sanitized: "The operationId '{operationId}' contains {char}; Microsoft's validator asks for letters and digits only, so that the id matches its sanitized form.",
    },
  },
  create(context) {
    return {
      operation(node) {
        const { value } = node;
        const operationId = stringField(value, 'operationId');
        const char = operationId && firstSanitizedChar(operationId);
        if (operationId && char) {
          context.report({ messageId: 'sanitized', pointer: joinPointer(node.pointer, 'operationId'), data: { operationId: clip(operationId), char: showChar(char) } });
        }
      },
    };
  },
});
