import { certification, defineRule, type RuleDocs } from '../../core/rule.js';

export const docs: RuleDocs = {
  rationale:
    'Certification requires one of four ways to sign in: none, API key, basic authentication or OAuth 2.0. Swagger security definitions other than basic, apiKey and oauth2 are reported by sec-securitydefinitions-valid; what remains is the gateway parameter, which private custom connectors may use but certified ones may not.',
  fix: 'Remove the gatewaySetting connection parameter and expose the service on the internet with one of the supported ways to sign in.',
  source: 'Microsoft Learn, get your connector certified.',
};

export default defineRule({
  meta: {
    id: 'sec-auth-type-supported',
    area: 'sec',
    description: 'A certified connector signs in anonymously, with an API key, with basic authentication or with OAuth 2.0.',
    severity: certification('error'),
    messages: {
      gateway: "Connection parameter '{name}' connects through the on-premises data gateway (Windows authentication), which certification does not support; use an API key, basic authentication or OAuth 2.0.",
    },
  },
  create(context) {
    return {
      connectionParameter(param) {
        if (param.value.type !== 'gatewaySetting') return;
        context.report({ messageId: 'gateway', pointer: `${param.pointer}/type`, data: { name: param.name } });
      },
    };
  },
});
