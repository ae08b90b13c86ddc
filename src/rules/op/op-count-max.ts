import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';

export const maxOperations = 256;

export const docs: RuleDocs = {
  rationale: 'The platform refuses a definition with more operations than its limit.',
  fix: 'Remove operations nobody needs, or split the service into two connectors.',
  source: 'Microsoft Learn, custom connector FAQ; validator TotalOperationsCountExceedsMaxAllowed.',
};

export default defineRule({
  meta: {
    id: 'op-count-max',
    area: 'op',
    description: `A connector has at most ${maxOperations} operations.`,
    severity: everywhere('error'),
    messages: {
      tooMany: `The connector has {count} operations; the platform allows at most ${maxOperations}, so split it or remove some.`,
    },
  },
  create(context) {
    let count = 0;
    let file: string | undefined;
    return {
      apiDefinition(node) {
        file = node.file.name;
      },
      operation() {
        count++;
      },
      connectorEnd() {
        if (file && count > maxOperations) context.report({ messageId: 'tooMany', file, pointer: '/paths', target: 'key', data: { count } });
      },
    };
  },
});
