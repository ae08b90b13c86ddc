import rule from '../../../src/rules/sec/sec-connection-param-ui.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { oauth, param, params } from './auth-fixture.js';

/** Two ways of signing in, shaped as Microsoft's multiple-authentication page documents them. */
const parameterSets = (clientId: Record<string, unknown>) => ({
  apiProperties: {
    properties: {
      connectionParameters: null,
      connectionParameterSets: {
        uiDefinition: { displayName: 'Authentication type', description: 'Choose how to sign in.' },
        values: [
          {
            name: 'key',
            uiDefinition: { displayName: 'API key', description: 'Sign in with an API key.' },
            parameters: { 'token:clientId': { type: 'string', ...clientId } },
          },
        ],
      },
    },
  },
});


export default defineCases({
  rule,
  valid: [
    { name: 'complete uiDefinition', patch: {} },
    { name: 'OAuth parameter without uiDefinition', patch: oauth() },
    {
      name: 'a multi-auth description in uiDefinition.schema',
      patch: parameterSets({ uiDefinition: { displayName: 'Client ID', tooltip: 'The client ID.', constraints: { required: 'true' }, schema: { type: 'string', description: 'The client ID of your app.' } } }),
    },
    { name: 'hidden parameter', patch: params({ api_key: param('securestring'), hidden: { type: 'string', uiDefinition: { constraints: { hidden: 'true' } } } }) },
    // Financial Conduct Authority (FCA) UK Connector (corpus): a complete uiDefinition with extra constraints.
    { corpus: 'Financial Conduct Authority (FCA) UK Connector', name: 'a complete real uiDefinition (FCA)', patch: params({ api_key: { type: 'securestring', uiDefinition: { displayName: 'API Key', description: 'The API Key for this api', tooltip: 'Provide your API Key', constraints: { tabIndex: 2, clearText: false, required: 'true' } } } }) },
  ],
  invalid: [
    { name: 'no uiDefinition', patch: params({ key: { type: 'securestring' } }), messages: ['noUi'] },
    {
      name: 'no tooltip and a boolean required flag',
      patch: params({ key: { type: 'securestring', uiDefinition: { displayName: 'API Key', description: 'The key.', constraints: { required: true } } } }),
      messages: ['missingText', 'requiredFlag'],
    },
    {
      name: 'an empty multi-auth schema description and none beside it',
      patch: parameterSets({ uiDefinition: { displayName: 'Client ID', tooltip: 'The client ID.', constraints: { required: 'true' }, schema: { type: 'string', description: ' ' } } }),
      messages: ['missingText'],
    },
  ],
});
