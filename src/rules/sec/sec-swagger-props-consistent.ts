import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { connectionParameters, jsonFile, securityDefinitions } from '../shared/auth.js';

export const docs: RuleDocs = {
  rationale:
    'The platform asks for the connection parameters of apiProperties.json and sends them as the swagger security definitions say; when the two files disagree, the connection dialog asks for the wrong thing or the credential is never sent.',
  fix: 'Make both files describe one method: apiKey with a securestring parameter, basic with username and password parameters, oauth2 with an oauthSetting parameter named token.',
  source: 'Microsoft Learn, connection parameters and multiple authentication (how security definitions map to connection parameters).',
};

export default defineRule({
  meta: {
    id: 'sec-swagger-props-consistent',
    area: 'sec',
    description: "The swagger's security definitions and apiProperties.json connection parameters describe the same way of signing in.",
    severity: certification('warning'),
    messages: {
      apiKeyNoParam: "Security definition '{name}' is an API key but apiProperties.json has no securestring connection parameter to hold it; add one (usually 'api_key').",
      basicNoParams: "Security definition '{name}' is basic authentication but apiProperties.json has no 'username' and 'password' connection parameters; add them.",
      oauthNoParam: "Security definition '{name}' is OAuth 2.0 but apiProperties.json has no oauthSetting connection parameter; add 'token' with its oAuthSettings.",
      paramNoOauth: "Connection parameter '{name}' is an oauthSetting but the swagger has no oauth2 security definition; add one with the same authorization and token URLs.",
    },
  },
  create(context) {
    return {
      connectorEnd({ input }) {
        if (!jsonFile(input, 'apiProperties')) return;
        const params = connectionParameters(input);
        const has = (test: (type: unknown, name: string) => boolean) => params.some((param) => test(param.value.type, param.name.toLowerCase()));
        const schemes = securityDefinitions(input);
        for (const { name, file, pointer, value } of schemes) {
          const report = (messageId: 'apiKeyNoParam' | 'basicNoParams' | 'oauthNoParam') =>
            context.report({ messageId, file, pointer: `${pointer}/type`, data: { name } });
          if (value.type === 'apiKey' && !has((type) => type === 'securestring')) report('apiKeyNoParam');
          if (value.type === 'basic' && !(has((_, n) => n.endsWith('username')) && has((_, n) => n.endsWith('password')))) report('basicNoParams');
          if (value.type === 'oauth2' && !has((type) => type === 'oauthSetting')) report('oauthNoParam');
        }
        if (!jsonFile(input, 'apiDefinition') || schemes.some((scheme) => scheme.value.type === 'oauth2')) return;
        for (const { name, file, pointer, value } of params) {
          if (value.type === 'oauthSetting') context.report({ messageId: 'paramNoOauth', file, pointer: `${pointer}/type`, data: { name } });
        }
      },
    };
  },
});
