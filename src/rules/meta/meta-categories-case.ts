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
  fix: "Write the category exactly as in the documented list, e.g. `Collaboration`. The first finding of the value carries a fix that respells every such category in it.",
  source: 'Microsoft Learn, certification submission step 3c; rules catalogue Appendix B and open question 11.',
};

export default defineRule({
  meta: {
    id: 'meta-categories-case',
    area: 'meta',
    description: 'Categories are spelled exactly as documented, including case.',
    severity: certification('warning'),
    fixable: true,
    messages: {
      spelling: "Category '{category}' is spelled differently from the documented '{expected}'; write it as '{expected}'.",
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const entry = findMetadata(value, metadataNames.categories);
        if (!entry || typeof entry.value !== 'string') return;
        const pointer = `${entry.pointer}/propertyValue`;
        let fixed = false;
        for (const category of splitCategories(entry.value)) {
          const expected = categoryIgnoringCase(category);
          if (expected === undefined || categories.includes(category)) continue;
          // One fix respells the whole value; it rides on the value's first finding.
          const fix = fixed ? undefined : replaceWith(pointer, respelled(entry.value));
          fixed = true;
          context.report({ messageId: 'spelling', pointer, data: { category, expected }, ...(fix && { fix }) });
        }
      },
    };
  },
});
