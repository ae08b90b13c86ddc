import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';

export const connectionParameterTypes = ['string', 'securestring', 'int', 'bool', 'gatewaySetting', 'oauthSetting'];

export const docs: RuleDocs = {
  rationale: 'The type decides how the connection dialog asks for the value and how it is stored; the platform rejects any other type.',
  fix: 'Use securestring for keys and passwords, string for plain values, oauthSetting for OAuth sign-in.',
  source: 'microsoft/PowerPlatformConnectors schemas/paconn-apiProperties.schema.json (ConnectionParameter type enum).',
};

export default defineRule({
  meta: {
    id: 'sec-connection-param-types',
    area: 'sec',
    description: 'Every connection parameter has a `type` the platform knows.',
    severity: everywhere('error'),
    messages: {
      missing: "Connection parameter '{name}' has no type; set it to securestring for a secret, string, int, bool or oauthSetting.",
      unknown: "Connection parameter '{name}' has type '{type}'; use one of string, securestring, int, bool, gatewaySetting or oauthSetting.",
    },
  },
  create(context) {
    return {
      connectionParameter(node) {
        const { name, value } = node;
        if (value.type === undefined) context.report({ messageId: 'missing', pointer: node.pointer, target: 'key', data: { name } });
        else if (!connectionParameterTypes.includes(value.type as string)) {
          context.report({ messageId: 'unknown', pointer: `${node.pointer}/type`, data: { name, type: String(value.type) } });
        }
      },
    };
  },
});
