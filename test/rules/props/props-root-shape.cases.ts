import rule from '../../../src/rules/props/props-root-shape.js';
import { MAX_SCHEMA_ISSUES } from '../../../src/core/schema-check.js';
import { defineCases } from '../../helpers/rule-tester.js';

const constraints = (value: Record<string, unknown>) => ({
  apiProperties: { properties: { connectionParameters: { api_key: { uiDefinition: { constraints: value } } } } },
});

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

/** More connection parameters with an unknown key than the structure check lists. */
const floodedParameters = Object.fromEntries(Array.from({ length: MAX_SCHEMA_ISSUES + 1 }, (_, i) => [`p${i}`, { colour: 'red' }]));

export default defineCases({
  rule,
  valid: [
    { name: 'the example', patch: {} },
    { name: 'a $schema key', patch: { apiProperties: { $schema: 'https://example.com/apiProperties.schema.json' } } },
    { name: 'an unknown key under properties (reported by props-allowed-keys)', patch: { apiProperties: { properties: { website: 'x' } } } },
    { name: 'a multi-auth uiDefinition.schema with the description', patch: parameterSets({ uiDefinition: { displayName: 'Client ID', tooltip: 'The client ID.', schema: { type: 'string', description: 'The client ID of your app.' } } }) },
    { name: 'an unknown template id (reported by props-policy-templates)', patch: { apiProperties: { properties: { policyTemplateInstances: [{ templateId: 'sethead', parameters: {} }] } } } },
    // Financial Conduct Authority (FCA) UK Connector (corpus): tabIndex and clearText in the constraints.
    { corpus: 'Financial Conduct Authority (FCA) UK Connector', name: 'constraints with tabIndex and clearText (FCA)', patch: constraints({ tabIndex: 2, clearText: false, required: 'true' }) },
  ],
  invalid: [
    { name: 'a key next to properties', patch: { apiProperties: { iconBrandColor: '#da3b01' } }, messages: ['unknownKey'] },
    { name: 'no properties', patch: { apiProperties: { properties: null } }, messages: ['missingKey'], profile: 'custom' },
    { name: 'a misspelled constraint', patch: constraints({ requried: 'true' }), messages: ['unknownKey'] },
    { name: 'an unknown key in uiDefinition.schema', patch: parameterSets({ uiDefinition: { schema: { type: 'string', format: 'uri' } } }), messages: ['unknownKey'] },
    { name: 'a numeric colour', patch: { apiProperties: { properties: { iconBrandColor: 5 } } }, messages: ['wrongType'] },
    { name: 'a root that is an array', patch: { files: { 'apiProperties.json': '[]' } }, messages: ['wrongType'] },
    { name: 'an unknown parameter type', patch: { apiProperties: { properties: { connectionParameters: { api_key: { type: 'password' } } } } }, messages: ['notAllowed'] },
    { name: 'too many structural issues to list', patch: { apiProperties: { properties: { connectionParameters: floodedParameters } } }, messages: [...Array(MAX_SCHEMA_ISSUES).fill('unknownKey'), 'shape'] },
  ],
});
