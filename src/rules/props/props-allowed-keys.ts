import { joinPointer } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { nearest, soleNearest } from '../../parse/suggest.js';
import { renameKey } from '../shared/fixes.js';
import { propertiesOf } from '../shared/properties.js';

/** The documented keys of `properties` (paconn README, multiple authentication and custom code pages). */
export const propertiesKeys: readonly string[] = [
  'iconBrandColor',
  'publisher',
  'stackOwner',
  'capabilities',
  'connectionParameters',
  'connectionParameterSets',
  'policyTemplateInstances',
  'scriptOperations',
];

export const docs: RuleDocs = {
  rationale:
    "Keys outside the documented set are ignored, so a misspelled key (such as 'iconBrandColour') silently drops the setting. The repository schema also lacks connectionParameterSets and scriptOperations, which are documented elsewhere and accepted.",
  fix: 'Correct the spelling of the key, or remove it. When exactly one documented key is near the misspelt one, the finding carries a fix that renames it.',
  source: 'microsoft/PowerPlatformConnectors schemas/paconn-apiProperties.schema.json; paconn README (scriptOperations); Microsoft Learn, multiple authentication (connectionParameterSets).',
};

export default defineRule({
  meta: {
    id: 'props-allowed-keys',
    area: 'props',
    description: `The keys of \`properties\` are among ${propertiesKeys.join(', ')}.`,
    severity: certification('warning'),
    fixable: true,
    messages: {
      unknown: "properties.{key} is not a documented key; remove it, it has no effect.",
      misspelled: "properties.{key} is not a documented key; did you mean '{suggestion}'?",
    },
  },
  create(context) {
    return {
      apiProperties({ value }) {
        for (const key of Object.keys(propertiesOf(value) ?? {})) {
          if (propertiesKeys.includes(key)) continue;
          const suggestion = nearest(key, propertiesKeys);
          const pointer = joinPointer('/properties', key);
          const shown = key.slice(0, 60);
          const fix = soleNearest(key, propertiesKeys) !== undefined && suggestion !== undefined ? renameKey(value, pointer, suggestion) : undefined;
          if (suggestion) context.report({ messageId: 'misspelled', pointer, target: 'key', data: { key: shown, suggestion }, ...(fix && { fix }) });
          else context.report({ messageId: 'unknown', pointer, target: 'key', data: { key: shown } });
        }
      },
    };
  },
});
