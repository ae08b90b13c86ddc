import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { replaceWith } from '../shared/fixes.js';
import { categories, categoryIgnoringCase, findMetadata, metadataNames, splitCategories } from '../shared/metadata.js';

/** The categories value with every category respelled as documented, separators and spacing kept. */
function respelled(value: string): string {
  return value.replace(/[^;,]+/g, (item) => {
    const category = item.trim();
    const expected = categoryIgnoringCase(category);
    return expected === undefined || category === '' ? item : item.replace(category, expected);
  });
}

export const docs: RuleDocs = {
  rationale:
    "Microsoft lists the categories as exact strings. An accepted connector uses 'collaboration', so the validator seems to ignore case; the exact spelling is still the safe choice.",
  fix: "Write the category exactly as in the documented list, e.g. `Collaboration`. The finding's fix respells every such category of the value (so the findings of one value share it).",
  source: 'Microsoft Learn, certification submission step 3c; rules catalogue Appendix B and open question 11.',
};

export default defineRule({
  meta: {
    id: 'meta-categories-case',
    area: 'meta',
    description: 'Categories are spelled exactly as documented, including case.',
    severity: certification('warning'),
    messages: {
      spelling: "Category '{category}' is spelled differently from the documented '{expected}'; write it as '{expected}'.",
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const entry = findMetadata(value, metadataNames.categories);
        if (!entry || typeof entry.value !== 'string') return;
        for (const category of splitCategories(entry.value)) {
          const expected = categoryIgnoringCase(category);
          if (expected === undefined || categories.includes(category)) continue;
          const pointer = `${entry.pointer}/propertyValue`;
          context.report({ messageId: 'spelling', pointer, data: { category, expected }, fix: replaceWith(pointer, respelled(entry.value)) });
        }
      },
    };
  },
});
