import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { infoString } from '../shared/info.js';
import { findProductName } from '../shared/words.js';

export const docs: RuleDocs = {
  rationale: 'A connector serves every Power Platform product; the validator rejects descriptions that name one.',
  fix: "Describe the service without naming Power Apps, Power Automate, Logic Apps or Copilot Studio.",
  source: "Microsoft Learn, certification submission; validator ValueContainsRestrictedWords ('power apps, power automate, logic apps').",
};

export default defineRule({
  meta: {
    id: 'desc-no-product-name',
    area: 'desc',
    description: 'The description does not name a Power Platform product.',
    severity: certification('error'),
    messages: {
      product: "The description contains the product name '{name}'; remove it.",
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const description = infoString(value, 'description');
        const name = description === undefined ? undefined : findProductName(description);
        if (name) context.report({ messageId: 'product', pointer: '/info/description', data: { name } });
      },
    };
  },
});
