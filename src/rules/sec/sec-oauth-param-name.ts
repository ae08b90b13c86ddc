import { certification, defineRule, type RuleDocs } from '../../core/rule.js';

export const docs: RuleDocs = {
  rationale: "paconn create and update pass the --secret value into connectionParameters.token only; under any other name the OAuth app has no secret and sign-in fails. Every accepted connector names it 'token'.",
  fix: "Rename the connection parameter to 'token' (and its sub-parameters to 'token:...').",
  source: 'microsoft/PowerPlatformConnectors tools/paconn-cli (upsert.py sets connectionParameters.token.oAuthSettings.clientSecret).',
};

export default defineRule({
  meta: {
    id: 'sec-oauth-param-name',
    area: 'sec',
    description: 'The OAuth connection parameter is named `token`.',
    severity: certification('warning'),
    messages: {
      notToken: "The OAuth connection parameter is named '{name}'; name it 'token', the only name paconn fills with the client secret.",
    },
  },
  create(context) {
    return {
      connectionParameter(param) {
        if (param.value.type !== 'oauthSetting' || param.name === 'token') return;
        context.report({ messageId: 'notToken', pointer: param.pointer, target: 'key', data: { name: param.name } });
      },
    };
  },
});
