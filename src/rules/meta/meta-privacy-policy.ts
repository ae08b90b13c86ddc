import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { findMetadata, hasMetadataList, isWebUrl, metadataKey, metadataNames } from '../shared/metadata.js';

export const docs: RuleDocs = {
  rationale: "Users must be able to read how the end service handles their data; the validator requires the entry, and reviewers check that it is the end service's policy.",
  fix: 'Add `{ "propertyName": "Privacy policy", "propertyValue": "https://www.contoso.com/privacy" }` to x-ms-connector-metadata. The spelling of the name is checked by meta-metadata-name-case.',
  source: 'Microsoft Learn, certification submission step 3c and independent publisher submission; validator ConnectorMetadataPropertiesMissing.',
};

export default defineRule({
  meta: {
    id: 'meta-privacy-policy',
    area: 'meta',
    description: "x-ms-connector-metadata has a 'Privacy policy' entry whose value is an absolute http(s) URL.",
    severity: certification('error'),
    messages: {
      missing: "x-ms-connector-metadata has no 'Privacy policy' entry; add one with the URL of the service's public privacy policy.",
      notUrl: "The Privacy policy value '{value}' is not an absolute http(s) URL; give the full address of the service's privacy policy.",
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        if (!hasMetadataList(value)) return;
        const entry = findMetadata(value, metadataNames.privacyPolicy);
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
