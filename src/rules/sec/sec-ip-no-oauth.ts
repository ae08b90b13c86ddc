import { defineRule, type RuleDocs } from '../../core/rule.js';

export const docs: RuleDocs = {
  rationale:
    'Since September 2025 Microsoft reviewers have asked independent publishers to replace OAuth with an API key or basic authentication: support for OAuth in new independent publisher connectors is paused. About one accepted independent publisher connector in ten predates the policy and uses OAuth, and an update may not change the authentication type, so an update of such a connector cannot comply: the rule is a warning, not an error. Treat it as blocking for a new connector.',
  fix: 'For a new connector, sign in with an API key (securestring connection parameter and an apiKey security definition) or with basic authentication.',
  source:
    'Microsoft reviewer comments on microsoft/PowerPlatformConnectors pull requests #3939 (2025-09), #3841 (2025-11) and #4058 (2025-12); rules catalogue open question 14.',
};

export default defineRule({
  meta: {
    id: 'sec-ip-no-oauth',
    area: 'sec',
    description: 'An independent publisher connector signs in with an API key or basic authentication, not OAuth.',
    severity: { 'independent-publisher': 'warning' },
    messages: {
      oauthParameter: "Connection parameter '{name}' signs in with OAuth, which Microsoft no longer accepts for new independent publisher connectors; use an API key or basic authentication.",
      oauthScheme: "Security definition '{name}' is OAuth 2.0, which Microsoft no longer accepts for new independent publisher connectors; use an apiKey or basic definition.",
    },
  },
  create(context) {
    return {
      connectionParameter(node) {
        const { name, value } = node;
        if (value.type === 'oauthSetting') context.report({ messageId: 'oauthParameter', pointer: `${node.pointer}/type`, data: { name } });
      },
      securityDefinition(node) {
        const { name, value } = node;
        if (value.type === 'oauth2') context.report({ messageId: 'oauthScheme', pointer: `${node.pointer}/type`, data: { name } });
      },
    };
  },
});
