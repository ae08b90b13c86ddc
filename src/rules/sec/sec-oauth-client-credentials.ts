import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';

export const docs: RuleDocs = {
  rationale: 'Connections are made on behalf of a signed-in user; the platform has no way to run the client credentials grant.',
  fix: "Set `flow` to 'accessCode' with an authorizationUrl and a tokenUrl, or sign in with an API key instead.",
  source: 'Microsoft Learn, custom connector FAQ.',
};

export default defineRule({
  meta: {
    id: 'sec-oauth-client-credentials',
    area: 'sec',
    description: 'No OAuth 2.0 security definition uses the client credentials grant (`flow: application`).',
    severity: everywhere('error'),
    messages: {
      application: "Security definition '{name}' uses the client credentials grant (flow 'application'), which custom connectors do not support; use the authorization code flow ('accessCode').",
    },
  },
  create(context) {
    return {
      securityDefinition(node) {
        const { name, value } = node;
        if (value.type === 'oauth2' && value.flow === 'application') {
          context.report({ messageId: 'application', pointer: `${node.pointer}/flow`, data: { name } });
        }
      },
    };
  },
});
