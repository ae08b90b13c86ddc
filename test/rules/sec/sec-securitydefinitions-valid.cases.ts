import rule from '../../../src/rules/sec/sec-securitydefinitions-valid.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { oauthScheme, schemes } from './auth-fixture.js';

export default defineCases({
  rule,
  valid: [
    { name: 'API key in a header', patch: {} },
    { name: 'basic', patch: schemes({ basic: { type: 'basic' } }) },
    { name: 'OAuth authorization code', patch: schemes({ oauth2_auth: oauthScheme }) },
    { name: 'OAuth implicit', patch: schemes({ oauth2_auth: { ...oauthScheme, flow: 'implicit', tokenUrl: undefined } }) },
  ],
  invalid: [
    { name: 'unknown type', patch: schemes({ key: { type: 'bearer' } }), messages: ['type'] },
    { name: 'API key without name, in a cookie', patch: schemes({ key: { type: 'apiKey', in: 'cookie' } }), messages: ['apiKeyName', 'apiKeyIn'] },
    { name: 'OAuth with an unknown flow and no scopes', patch: schemes({ oauth2_auth: { type: 'oauth2', flow: 'code' } }), messages: ['flow', 'scopes'] },
    {
      name: 'authorization code without token URL, relative authorization URL',
      patch: schemes({ oauth2_auth: { ...oauthScheme, authorizationUrl: '/oauth/authorize', tokenUrl: undefined } }),
      messages: ['url', 'url'],
    },
  ],
});
