import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { connectionParameters } from '../shared/auth.js';

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
      apiProperties() {
        for (const param of connectionParameters(context.input)) {
          if (param.value.type !== 'oauthSetting' || param.name === 'token') continue;
          context.report({ messageId: 'notToken', file: param.file, pointer: param.pointer, target: 'key', data: { name: param.name } });
        }
      },
    };
  },
});
