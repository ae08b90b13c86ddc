import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { categories, categoryIgnoringCase, findMetadata, metadataNames, splitCategories } from '../shared/metadata.js';

export const docs: RuleDocs = {
  rationale: 'The catalogue only knows a fixed list of categories; the validator rejects any other value.',
  // A getter: unused docs drop out of bundles only when building them has no effect.
  get fix() {
    return `Pick at most two of: ${categories.join(', ')}. A category spelled in another case is reported by meta-categories-case.`;
  },
  source: 'Microsoft Learn, certification submission step 3c (the list of categories); validator InvalidConnectorCategory; microsoft/PowerPlatformConnectors PR#4077.',
};

export default defineRule({
  meta: {
    id: 'meta-categories-allowed',
    area: 'meta',
    description: 'Every category is one of the 19 documented categories.',
    severity: certification('error'),
    messages: {
      unknown: "'{category}' is not one of the connector categories; use one or two of the documented ones, such as 'Data', 'Productivity' or 'AI'.",
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const entry = findMetadata(value, metadataNames.categories);
        if (!entry || typeof entry.value !== 'string') return;
        for (const category of splitCategories(entry.value)) {
          if (category === '' || categories.includes(category) || categoryIgnoringCase(category)) continue;
          context.report({ messageId: 'unknown', pointer: `${entry.pointer}/propertyValue`, data: { category: category.slice(0, 60) } });
        }
      },
    };
  },
});
