import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { infoString } from '../shared/info.js';
import { findProductName } from '../shared/words.js';

export const docs: RuleDocs = {
  rationale:
    'A connector works across Power Automate, Power Apps, Logic Apps and Copilot Studio; naming one is misleading and not allowed.',
  fix: 'Remove the product name from the title.',
  source: 'Microsoft Learn, certification submission (title rules, including Copilot Studio).',
};

export default defineRule({
  meta: {
    id: 'title-no-product-name',
    area: 'title',
    description: 'The title does not name a Power Platform product.',
    severity: certification('error'),
    messages: {
      product: "The title contains the product name '{name}'; remove it.",
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const title = infoString(value, 'title');
        const name = title === undefined ? undefined : findProductName(title);
        if (name) context.report({ messageId: 'product', pointer: '/info/title', data: { name } });
      },
    };
  },
});
