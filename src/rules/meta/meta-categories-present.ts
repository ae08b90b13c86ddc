import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { findMetadata, hasMetadataList, metadataKey, metadataNames } from '../shared/metadata.js';

export const docs: RuleDocs = {
  rationale: 'Categories place the connector in the catalogue; the certification validator rejects a definition without them.',
  fix: 'Add `{ "propertyName": "Categories", "propertyValue": "Data" }` with one or two of the 19 documented categories.',
  source: "Validator message \"The connector metadata property 'Categories' is required. ValuePath: /x-ms-connector-metadata\" (microsoft/PowerPlatformConnectors PR#4077); Microsoft Learn, certification submission step 3c.",
};

export default defineRule({
  meta: {
    id: 'meta-categories-present',
    area: 'meta',
    description: "x-ms-connector-metadata has a non-empty 'Categories' entry.",
    severity: certification('error'),
    messages: {
      missing: "x-ms-connector-metadata has no 'Categories' entry; add one with one or two categories, such as 'Data;Productivity'.",
      empty: "The Categories value is empty; name one or two categories separated by ';', such as 'Data;Productivity'.",
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        if (!hasMetadataList(value)) return;
        const entry = findMetadata(value, metadataNames.categories);
        if (!entry) context.report({ messageId: 'missing', pointer: `/${metadataKey}` });
        else if (typeof entry.value === 'string' && entry.value.trim() === '') {
          context.report({ messageId: 'empty', pointer: `${entry.pointer}/propertyValue` });
        }
      },
    };
  },
});
