import { hasOwn } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { propertiesOf } from '../shared/properties.js';

export const docs: RuleDocs = {
  rationale:
    'The stack owner is the company behind the service, shown next to the publisher; reviewers ask for it. For an independent publisher it is normally not the publisher. paconn create and update refuse the key, so keep a copy of the file without it for paconn.',
  levelReason:
    'Though 37 of the 277 certified folders merged into microsoft/PowerPlatformConnectors lack it: 27 of those 37 have not changed their swagger since 2020, before reviewers began asking for the key (PR#1440, PR#1558, 2022) and Microsoft Learn documented it; a new submission or an update is held to it.',
  fix: 'Add `"stackOwner": "Contoso"` under `properties`.',
  source: 'Microsoft Learn, certification submission step 3a; PR#1440, PR#1558; paconn README (limitations).',
};

export default defineRule({
  meta: {
    id: 'props-stackowner-required',
    area: 'props',
    description: 'apiProperties.json names the owner of the back-end service in `properties.stackOwner`.',
    severity: certification('error'),
    messages: {
      missing: 'properties has no stackOwner; add the company or organisation that owns the service the connector calls.',
      empty: 'stackOwner is empty; give the company or organisation that owns the service the connector calls.',
    },
  },
  create(context) {
    return {
      apiProperties({ value }) {
        const properties = propertiesOf(value);
        if (!properties) return;
        if (!hasOwn(properties, 'stackOwner')) context.report({ messageId: 'missing', pointer: '/properties' });
        else if (typeof properties.stackOwner === 'string' && properties.stackOwner.trim() === '') {
          context.report({ messageId: 'empty', pointer: '/properties/stackOwner' });
        }
      },
    };
  },
});
