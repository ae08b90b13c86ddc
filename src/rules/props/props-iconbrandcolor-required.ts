import { hasOwn } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { propertiesOf } from '../shared/properties.js';

export const docs: RuleDocs = {
  rationale: 'The brand colour is the background of the connector icon everywhere it is shown; the paconn schema requires it.',
  fix: 'Add `"iconBrandColor": "#da3b01"` (independent publishers) or the colour of your icon background (verified publishers) under `properties`.',
  source: 'microsoft/PowerPlatformConnectors schemas/paconn-apiProperties.schema.json (properties.required: iconBrandColor); Microsoft Learn, certification submission step 3a.',
};

export default defineRule({
  meta: {
    id: 'props-iconbrandcolor-required',
    area: 'props',
    description: 'apiProperties.json sets `properties.iconBrandColor`.',
    severity: certification('error'),
    messages: {
      missing: "properties has no iconBrandColor; add the connector's brand colour as a hex code, like '#da3b01' for independent publishers.",
      empty: "iconBrandColor is empty; set the connector's brand colour as a hex code, like '#da3b01' for independent publishers.",
    },
  },
  create(context) {
    return {
      apiProperties({ value }) {
        const properties = propertiesOf(value);
        if (!properties) return;
        if (!hasOwn(properties, 'iconBrandColor')) context.report({ messageId: 'missing', pointer: '/properties' });
        else if (typeof properties.iconBrandColor === 'string' && properties.iconBrandColor.trim() === '') {
          context.report({ messageId: 'empty', pointer: '/properties/iconBrandColor' });
        }
      },
    };
  },
});
