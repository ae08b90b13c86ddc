import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { findMetadata, maxCategories, metadataNames, splitCategories } from '../shared/metadata.js';

export const docs: RuleDocs = {
  rationale: 'A connector belongs to one or two categories, written as one semicolon-separated string; the validator rejects more than two.',
  fix: "Keep the one or two categories that fit best and join them with ';', e.g. `Data;Productivity`.",
  source: 'Microsoft Learn, certification submission step 3c; validator TooManyConnectorCategories; microsoft/PowerPlatformConnectors PR#4077.',
};

export default defineRule({
  meta: {
    id: 'meta-categories-max',
    area: 'meta',
    description: `There are at most ${maxCategories} categories, separated by ';'.`,
    severity: certification('error'),
    fixable: true,
    messages: {
      tooMany: `Categories lists {count} categories; keep at most ${maxCategories}, separated by ';'.`,
      comma: "Categories '{value}' separates categories with ','; use ';' instead, as in 'Data;Productivity'.",
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const entry = findMetadata(value, metadataNames.categories);
        if (!entry || typeof entry.value !== 'string') return;
        const pointer = `${entry.pointer}/propertyValue`;
        if (entry.value.includes(',')) {
          const fix = [{ op: 'replace' as const, path: pointer, value: splitCategories(entry.value).filter(Boolean).join(';') }];
          context.report({ messageId: 'comma', pointer, data: { value: entry.value.slice(0, 80) }, fix });
        }
        const count = splitCategories(entry.value).filter((category) => category !== '').length;
        if (count > maxCategories) context.report({ messageId: 'tooMany', pointer, data: { count } });
      },
    };
  },
});
