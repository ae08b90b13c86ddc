import { hasOwn } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { propertiesOf } from '../shared/properties.js';

export const docs: RuleDocs = {
  rationale:
    'The publisher is shown on the connector page and is who Microsoft holds responsible for it. Independent publishers give their own or their company name; verified publishers give the company name (individual names are refused for certified connectors).',
  levelReason:
    'Though 29 of the 277 certified folders merged into microsoft/PowerPlatformConnectors lack it: 26 of those 29 have not changed their swagger since 2020, before the certification steps on Microsoft Learn and the templates required it (PR#1440); a new submission or an update is held to it.',
  fix: 'Add `"publisher": "Jane Doe"` (or the company name) under `properties`. The template text is reported by props-not-placeholder.',
  source: 'Microsoft Learn, certification submission step 3a; microsoft/PowerPlatformConnectors templates; PR#1440.',
};

export default defineRule({
  meta: {
    id: 'props-publisher-required',
    area: 'props',
    description: 'apiProperties.json names the publisher in `properties.publisher`.',
    severity: certification('error'),
    messages: {
      missing: 'properties has no publisher; add your full name or the name of your company or organisation.',
      empty: 'publisher is empty; give your full name or the name of your company or organisation.',
    },
  },
  create(context) {
    return {
      apiProperties({ value }) {
        const properties = propertiesOf(value);
        if (!properties) return;
        if (!hasOwn(properties, 'publisher')) context.report({ messageId: 'missing', pointer: '/properties' });
        else if (typeof properties.publisher === 'string' && properties.publisher.trim() === '') {
          context.report({ messageId: 'empty', pointer: '/properties/publisher' });
        }
      },
    };
  },
});
