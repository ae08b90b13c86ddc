import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { joinPointer } from '../../parse/pointer.js';
import { isObject } from '../../core/walk.js';
import { jsonFile } from '../shared/auth.js';

const setsPointer = '/properties/connectionParameterSets';

function hasText(value: unknown, key: string): boolean {
  return isObject(value) && typeof value[key] === 'string' && (value[key] as string).trim() !== '';
}

export const docs: RuleDocs = {
  rationale:
    'With multiple authentication the connection dialog first offers a choice between the sets, titled from these display names; a malformed set leaves the dialog without a choice or without fields.',
  fix: 'Follow the documented shape: { uiDefinition: { displayName, description }, values: [ { name, uiDefinition: { displayName, description }, parameters: { ... } } ] }.',
  source: 'Microsoft Learn, multiple authentication types (connectionParameterSets).',
};

export default defineRule({
  meta: {
    id: 'sec-multi-auth-shape',
    area: 'sec',
    description: '`connectionParameterSets` has a display name and description, and each value a name, a uiDefinition and parameters.',
    severity: everywhere('warning'),
    messages: {
      both: 'apiProperties.json has both connectionParameters and connectionParameterSets; keep only connectionParameterSets, with one value per way of signing in.',
      setUi: 'connectionParameterSets needs uiDefinition.displayName and uiDefinition.description; they title the choice of sign-in method.',
      noValues: 'connectionParameterSets needs a non-empty `values` array, one entry per way of signing in.',
      valueShape: "connectionParameterSets value {index} needs a `name`, a uiDefinition with displayName and description, and a `parameters` object.",
    },
  },
  create(context) {
    return {
      apiProperties() {
        const file = jsonFile(context.input, 'apiProperties');
        const props = file?.value.properties;
        if (!isObject(props) || !isObject(props.connectionParameterSets)) return;
        const sets = props.connectionParameterSets;
        if (isObject(props.connectionParameters) && Object.keys(props.connectionParameters).length) {
          context.report({ messageId: 'both', pointer: '/properties/connectionParameters', target: 'key' });
        }
        if (!hasText(sets.uiDefinition, 'displayName') || !hasText(sets.uiDefinition, 'description')) {
          context.report({ messageId: 'setUi', pointer: setsPointer, target: 'key' });
        }
        if (!Array.isArray(sets.values) || sets.values.length === 0) {
          context.report({ messageId: 'noValues', pointer: setsPointer, target: 'key' });
          return;
        }
        sets.values.forEach((value, index) => {
          const complete =
            isObject(value) && hasText(value, 'name') && hasText(value.uiDefinition, 'displayName') && hasText(value.uiDefinition, 'description') && isObject(value.parameters);
          if (!complete) context.report({ messageId: 'valueShape', pointer: joinPointer(setsPointer, 'values', index), data: { index } });
        });
      },
    };
  },
});
