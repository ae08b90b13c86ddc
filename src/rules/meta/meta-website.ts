import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { findMetadata, hasMetadataList, isWebUrl, metadataKey, metadataNames } from '../shared/metadata.js';

export const docs: RuleDocs = {
  rationale: "The connector page links to the service's website; the validator requires the entry and a valid URL.",
  fix: 'Add `{ "propertyName": "Website", "propertyValue": "https://www.contoso.com" }` to x-ms-connector-metadata.',
  source: 'Microsoft Learn, certification submission step 3c ("Website" is the product or end service website); validator ConnectorMetadataPropertiesMissing and UrlNotValid.',
};

export default defineRule({
  meta: {
    id: 'meta-website',
    area: 'meta',
    description: "x-ms-connector-metadata has a 'Website' entry whose value is an absolute http(s) URL.",
    severity: certification('error'),
    messages: {
      missing: "x-ms-connector-metadata has no 'Website' entry; add one with the URL of the product or service website.",
      notUrl: "The Website value '{value}' is not an absolute http(s) URL; give the full address of the product or service website.",
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        if (!hasMetadataList(value)) return;
        const entry = findMetadata(value, metadataNames.website);
        if (!entry) {
          context.report({ messageId: 'missing', pointer: `/${metadataKey}` });
        } else if (typeof entry.value === 'string' && entry.value.trim() !== '' && !isWebUrl(entry.value.trim())) {
          // An empty value is the template's placeholder, reported by meta-not-placeholder.
          context.report({ messageId: 'notUrl', pointer: `${entry.pointer}/propertyValue`, data: { value: entry.value.slice(0, 80) } });
        }
      },
    };
  },
});
