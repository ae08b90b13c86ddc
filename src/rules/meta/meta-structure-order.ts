import { certification, defineRule, type RuleDocs } from '../../core/rule.js';

/** The order Microsoft's coding standards give for the top of the file; other keys may go anywhere. */
export const documentedOrder: readonly string[] = [
  'swagger',
  'info',
  'host',
  'basePath',
  'schemes',
  'consumes',
  'produces',
  'paths',
  'definitions',
  'parameters',
];

export const docs: RuleDocs = {
  rationale: 'A fixed order makes definitions easier to review and compare; it is a readability convention, not a validator check.',
  fix: 'Move the key so that the listed top-level keys follow the documented order.',
  source: 'Microsoft Learn, custom connector coding standards.',
};

export default defineRule({
  meta: {
    id: 'meta-structure-order',
    area: 'meta',
    description: `The top-level keys ${documentedOrder.join(', ')} appear in that order.`,
    severity: certification('info'),
    messages: {
      outOfOrder: "'{key}' comes after '{previous}'; Microsoft's coding standards put {key} before {previous} ({order}).",
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        let previous: string | undefined;
        for (const key of Object.keys(value)) {
          const rank = documentedOrder.indexOf(key);
          if (rank === -1) continue;
          if (previous !== undefined && rank < documentedOrder.indexOf(previous)) {
            const order = documentedOrder.join(', ');
            context.report({ messageId: 'outOfOrder', pointer: `/${key}`, target: 'key', data: { key, previous, order } });
            return;
          }
          previous = key;
        }
      },
    };
  },
});
