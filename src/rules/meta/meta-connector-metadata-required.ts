import { getOwn, hasOwn, joinPointer } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';
import { metadataKey } from '../shared/metadata.js';

export const docs: RuleDocs = {
  rationale:
    'The connector metadata block feeds the connector page (website, privacy policy, categories); the certification validator rejects a definition without it.',
  levelReason:
    'Though 23 of the 277 certified folders merged into microsoft/PowerPlatformConnectors lack it: 22 of those 23 have not changed their swagger since 2020, before the validator began to require it (PR#683, PR#1095); a new submission or an update is held to it.',
  fix: 'Add at the root: `"x-ms-connector-metadata": [{ "propertyName": "Website", "propertyValue": "https://..." }, { "propertyName": "Privacy policy", "propertyValue": "https://..." }, { "propertyName": "Categories", "propertyValue": "Data" }]`.',
  source: "Validator message \"The 'x-ms-connector-metadata' property is required.\" (microsoft/PowerPlatformConnectors PR#683, PR#1095); Microsoft Learn, certification submission step 3c.",
};

export default defineRule({
  meta: {
    id: 'meta-connector-metadata-required',
    area: 'meta',
    description: 'The definition has a root `x-ms-connector-metadata` list of `{ propertyName, propertyValue }` string pairs.',
    severity: certification('error'),
    messages: {
      missing: 'The definition has no x-ms-connector-metadata; add it at the root with the Website, Privacy policy and Categories entries.',
      notObject: 'Entry {index} of x-ms-connector-metadata is not an object; write it as { "propertyName": ..., "propertyValue": ... }.',
      badName: 'Entry {index} of x-ms-connector-metadata has no string propertyName; name the property (Website, Privacy policy or Categories).',
      badValue: "Entry {index} of x-ms-connector-metadata ('{name}') has no string propertyValue; give its value as a string.",
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        if (!hasOwn(value, metadataKey)) {
          context.report({ messageId: 'missing', pointer: '' });
          return;
        }
        const list = getOwn(value, metadataKey);
        // A list of another type is reported by meta-json-types.
        if (!Array.isArray(list)) return;
        list.forEach((entry, index) => {
          const pointer = joinPointer('', metadataKey, index);
          if (!isObject(entry)) return context.report({ messageId: 'notObject', pointer, data: { index } });
          const name = getOwn(entry, 'propertyName');
          if (typeof name !== 'string') return context.report({ messageId: 'badName', pointer, data: { index } });
          if (typeof getOwn(entry, 'propertyValue') !== 'string') {
            context.report({ messageId: 'badValue', pointer, data: { index, name: name.slice(0, 40) } });
          }
        });
      },
    };
  },
});
