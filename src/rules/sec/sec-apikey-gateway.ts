import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { connectionParameters, securityDefinitions } from '../shared/auth.js';

export const docs: RuleDocs = {
  rationale: 'The on-premises data gateway supports anonymous, basic and Windows authentication, not API keys, so such connections fail.',
  fix: 'Use basic or Windows authentication for a connector that goes through the gateway, or drop the gateway parameter.',
  source: 'Microsoft Learn, custom connector FAQ.',
};

export default defineRule({
  meta: {
    id: 'sec-apikey-gateway',
    area: 'sec',
    description: 'A connector that signs in with an API key does not rely on the on-premises data gateway.',
    severity: everywhere('info'),
    messages: {
      apiKeyThroughGateway: "Security definition '{name}' is an API key, but API key authentication is not available through the on-premises data gateway that connection parameter '{gateway}' sets up; use basic or Windows authentication for gateway connections.",
    },
  },
  create(context) {
    return {
      connectorEnd({ input }) {
        const gateway = connectionParameters(input).find((param) => param.value.type === 'gatewaySetting');
        if (!gateway) return;
        for (const scheme of securityDefinitions(input)) {
          if (scheme.value.type !== 'apiKey') continue;
          context.report({
            messageId: 'apiKeyThroughGateway',
            file: scheme.file,
            pointer: `${scheme.pointer}/type`,
            data: { name: scheme.name, gateway: gateway.name },
          });
        }
      },
    };
  },
});
