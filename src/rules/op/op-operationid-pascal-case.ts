import { joinPointer } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { clip } from '../shared/operation-text.js';
import { stringField } from '../shared/operations.js';

export const docs: RuleDocs = {
  rationale:
    'Microsoft\'s coding standard asks for PascalCase operationIds. Hyphens and underscores are reported by op-operationid-charset; this rule checks the first letter.',
  fix: "Capitalise the first letter: 'listStations' becomes 'ListStations'. Renaming a published operation breaks flows: do it only before the first release.",
  source: 'Microsoft Learn, coding standards.',
};

export default defineRule({
  meta: {
    id: 'op-operationid-pascal-case',
    area: 'op',
    description: 'operationIds are in PascalCase: they start with a capital letter.',
    severity: certification('info'),
    messages: {
      notPascal: "The operationId '{operationId}' does not start with a capital letter; write it in PascalCase, such as '{suggestion}'.",
    },
  },
  create(context) {
    return {
      operation(node) {
        const { value } = node;
        const operationId = stringField(value, 'operationId');
        if (!operationId || !/^[a-z]/.test(operationId)) return;
        const suggestion = operationId[0]!.toUpperCase() + operationId.slice(1);
        context.report({ messageId: 'notPascal', pointer: joinPointer(node.pointer, 'operationId'), data: { operationId: clip(operationId), suggestion: clip(suggestion) } });
      },
    };
  },
});
