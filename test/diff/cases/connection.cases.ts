import { defineDiffCases } from './define.js';

const apiKey = '/properties/connectionParameters/api_key';

export const connectionCases = [
  defineDiffCases('bc-auth-type-changed', [
    {
      name: 'the security definition changes from API key to OAuth',
      doc: true,
      revision: {
        swagger: (s) =>
          (s.securityDefinitions = {
            oauth: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://login.contoso.com/authorize', tokenUrl: 'https://login.contoso.com/token', scopes: {} },
          }),
      },
      expect: [{ level: 'breaking', base: '/securityDefinitions', revision: '/securityDefinitions', message: 'from apiKey to oauth2 (accessCode)' }],
    },
    {
      name: 'a connection parameter changes type',
      revision: { properties: (p) => (p.properties.connectionParameters.api_key.type = 'string') },
      expect: [{ level: 'breaking', base: `${apiKey}/type`, revision: `${apiKey}/type`, message: 'from securestring to string' }],
    },
    {
      name: 'the OAuth identity provider changes',
      revision: {
        both: (_s, p) =>
          (p.properties.connectionParameters.token = { type: 'oauthSetting', oAuthSettings: { identityProvider: 'oauth2', clientId: 'contoso', scopes: [] } }),
        properties: (p) => (p.properties.connectionParameters.token.oAuthSettings.identityProvider = 'aad'),
      },
      expect: [{ level: 'breaking', message: 'from oauth2 to aad' }],
    },
    {
      name: 'the connector starts offering a choice of authentication',
      revision: {
        properties: (p) => {
          p.properties.connectionParameterSets = {
            uiDefinition: { displayName: 'Authentication', description: 'Choose how to sign in.' },
            values: [{ name: 'key', uiDefinition: { displayName: 'API key' }, parameters: p.properties.connectionParameters }],
          };
          delete p.properties.connectionParameters;
        },
      },
      expect: [{ level: 'breaking', base: '/properties', revision: '/properties', message: 'changed to a choice' }],
    },
  ]),
  defineDiffCases('bc-connection-parameter-added', [
    {
      name: 'a required connection parameter is added',
      doc: true,
      revision: {
        properties: (p) =>
          (p.properties.connectionParameters.region = { type: 'string', uiDefinition: { displayName: 'Region', constraints: { required: 'true' } } }),
      },
      expect: [{ level: 'breaking', base: '/properties', revision: '/properties/connectionParameters/region' }],
    },
    {
      name: 'an optional connection parameter is added',
      revision: { properties: (p) => (p.properties.connectionParameters.region = { type: 'string', uiDefinition: { displayName: 'Region' } }) },
      expect: [{ level: 'info' }],
    },
  ]),
  defineDiffCases('bc-connection-parameter-removed', [
    {
      name: 'a connection parameter is removed',
      doc: true,
      revision: { properties: (p) => delete p.properties.connectionParameters.api_key },
      expect: [{ level: 'warning', base: apiKey, revision: '/properties' }],
    },
  ]),
  defineDiffCases('bc-policy-template-changed', [
    {
      name: 'the parameters of a policy change',
      doc: true,
      revision: { properties: (p) => (p.properties.policyTemplateInstances[0].parameters['x-ms-apimTemplateParameter.value'] = 'bots') },
      expect: [{ level: 'warning', base: '/properties/policyTemplateInstances/0', revision: '/properties/policyTemplateInstances/0' }],
    },
    {
      name: 'a policy is removed',
      revision: { properties: (p) => (p.properties.policyTemplateInstances = []) },
      expect: [{ level: 'warning', base: '/properties/policyTemplateInstances/0', revision: '/properties/policyTemplateInstances', message: 'removed' }],
    },
    {
      name: 'a policy is added',
      revision: {
        properties: (p) =>
          p.properties.policyTemplateInstances.push({ templateId: 'dynamichosturl', title: 'Region', parameters: { 'x-ms-apimTemplateParameter.urlTemplate': 'https://@connectionParameters(\'region\').contoso.com' } }),
      },
      expect: [{ level: 'warning', revision: '/properties/policyTemplateInstances/1', message: "'dynamichosturl' was added" }],
    },
    {
      name: 'a template id changes only in case',
      revision: { properties: (p) => (p.properties.policyTemplateInstances[0].templateId = 'SetHeader') },
      expect: [],
    },
  ]),
  defineDiffCases('bc-host-changed', [
    {
      name: 'the host changes',
      doc: true,
      revision: { swagger: (s) => (s.host = 'api.contoso.net') },
      expect: [{ level: 'warning', base: '/host', revision: '/host', message: 'from api.contoso.com to api.contoso.net' }],
    },
    {
      name: 'the host changes only in case',
      revision: { swagger: (s) => (s.host = 'API.contoso.com') },
      expect: [],
    },
  ]),
];
