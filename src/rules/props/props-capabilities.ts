import { getOwn, joinPointer } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { propertiesOf } from '../shared/properties.js';
import { quotedList } from '../../parse/wording.js';

/** Values named by the paconn schema's examples (actions, triggers) and the repository README (cloud, gateway). */
export const knownCapabilities: readonly string[] = ['actions', 'triggers', 'cloud', 'gateway'];

export const docs: RuleDocs = {
  rationale:
    'capabilities tells the platform what the connector supports (actions, triggers, cloud or on-premises gateway). Its values are only given as examples, so other values are pointed out for a second look rather than rejected. A wrong type is reported by props-root-shape.',
  fix: 'Keep `"capabilities": []` unless the connector needs a documented capability, such as `["gateway", "cloud"]` for the on-premises data gateway.',
  source: 'microsoft/PowerPlatformConnectors schemas/paconn-apiProperties.schema.json (examples "actions", "triggers"); microsoft/PowerPlatformConnectors README (cloud only, on-premises gateway).',
};

export default defineRule({
  meta: {
    id: 'props-capabilities',
    area: 'props',
    description: `capabilities lists only documented values (${knownCapabilities.join(', ')}), in lower case, each once.`,
    severity: certification('info'),
    messages: {
      spelling: "capability '{value}' is written in another case than the documented '{expected}'; write it as '{expected}'.",
      unknown: "capability '{value}' is not a documented capability; use {known}, or an empty list.",
      duplicate: "capability '{value}' is listed twice; list it once.",
    },
  },
  create(context) {
    return {
      apiProperties({ value }) {
        const capabilities = getOwn(propertiesOf(value), 'capabilities');
        if (!Array.isArray(capabilities)) return;
        const seen = new Set<string>();
        capabilities.forEach((capability, index) => {
          if (typeof capability !== 'string') return;
          const pointer = joinPointer('/properties/capabilities', index);
          const shown = capability.slice(0, 60);
          const expected = knownCapabilities.find((known) => known === capability.toLowerCase());
          if (seen.has(capability)) context.report({ messageId: 'duplicate', pointer, data: { value: shown } });
          else if (expected === undefined) context.report({ messageId: 'unknown', pointer, data: { value: shown, known: quotedList(knownCapabilities) } });
          else if (expected !== capability) context.report({ messageId: 'spelling', pointer, data: { value: shown, expected } });
          seen.add(capability);
        });
      },
    };
  },
});
