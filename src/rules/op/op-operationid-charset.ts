import { joinPointer } from '../../core/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { clip } from '../shared/operation-text.js';
import { stringField } from '../shared/operations.js';
import { showChar } from '../shared/text.js';

/** The character that makes the platform rewrite the id: anything but letters and digits, except a `_V2` revision suffix. */
export function firstSanitizedChar(operationId: string): string | undefined {
  const suffix = /_V[0-9]+$/.exec(operationId);
  const stem = suffix ? operationId.slice(0, suffix.index) : operationId;
  for (const char of stem) if (!/^[A-Za-z0-9]$/.test(char)) return char;
  return undefined;
}

export const docs: RuleDocs = {
  rationale:
    "The platform stores a sanitised operationId without the other characters, so the id flows see differs from the one written. Accepted connectors use hyphens and underscores often, so this is a warning, not an error.",
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
      sanitized: "The operationId '{operationId}' contains {char}, which the platform strips; use letters and digits only.",
    },
  },
  create(context) {
    return {
      operation({ value, pointer }) {
        const operationId = stringField(value, 'operationId');
        const char = operationId && firstSanitizedChar(operationId);
        if (operationId && char) {
          context.report({ messageId: 'sanitized', pointer: joinPointer(pointer, 'operationId'), data: { operationId: clip(operationId), char: showChar(char) } });
        }
      },
    };
  },
});
