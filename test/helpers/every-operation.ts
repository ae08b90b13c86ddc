import { defineRule } from '../../src/index.js';

/** A user rule that reports every operation it is shown: what the engine lets rules see. */
export const everyOperation = defineRule({
  meta: {
    id: 'test-every-operation',
    area: 'op',
    description: 'Reports every operation.',
    severity: { 'independent-publisher': 'warning' },
    messages: { seen: 'Saw {operationId}.' },
  },
  create: (context) => ({
    operation: (node) => context.report({ messageId: 'seen', pointer: node.pointer, data: { operationId: String(node.value.operationId) } }),
  }),
});
