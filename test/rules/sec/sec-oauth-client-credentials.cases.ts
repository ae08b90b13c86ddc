import rule from '../../../src/rules/sec/sec-oauth-client-credentials.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { oauthScheme, schemes } from './auth-fixture.js';

export default defineCases({
  rule,
  valid: [{ name: 'authorization code flow', patch: schemes({ oauth2_auth: oauthScheme }) }],
  invalid: [
    {
      name: 'client credentials flow',
      patch: schemes({ oauth2_auth: { ...oauthScheme, flow: 'application', authorizationUrl: undefined } }),
      messages: ['application'],
    },
  ],
});
