import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { metadataEntries, metadataNames } from '../shared/metadata.js';

const documented: readonly string[] = Object.values(metadataNames);

export const docs: RuleDocs = {
  rationale:
    "The certification page says to enter the metadata exactly as shown and not to change the propertyName. Accepted connectors also use 'Privacy Policy', so the platform seems to compare names without case: a warning, not an error.",
  fix: "Rename the propertyName to the documented spelling, e.g. 'Privacy Policy' to 'Privacy policy'.",
  source: 'Microsoft Learn, certification submission step 3c; rules catalogue open question 11.',
};

export default defineRule({
  meta: {
    id: 'meta-metadata-name-case',
    area: 'meta',
    description: "x-ms-connector-metadata property names are spelled exactly 'Website', 'Privacy policy' and 'Categories'.",
    severity: certification('warning'),
    fixable: true,
    messages: {
      spelling: "propertyName '{name}' differs from the documented '{expected}'; write it exactly as '{expected}'.",
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        for (const entry of metadataEntries(value)) {
          const expected = documented.find((name) => name.toLowerCase() === entry.name.trim().toLowerCase());
          if (expected === undefined || expected === entry.name) continue;
          const pointer = `${entry.pointer}/propertyName`;
          context.report({ messageId: 'spelling', pointer, data: { name: entry.name, expected }, fix: [{ op: 'replace', path: pointer, value: expected }] });
        }
      },
    };
  },
});
