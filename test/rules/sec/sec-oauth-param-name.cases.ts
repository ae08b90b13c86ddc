import rule from '../../../src/rules/sec/sec-oauth-param-name.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { oauth, oauthSettings, params } from './auth-fixture.js';

export default defineCases({
  rule,
  valid: [{ name: "named 'token'", patch: oauth() }],
  invalid: [{ name: "named 'oauth'", patch: params({ oauth: { type: 'oauthSetting', oAuthSettings: oauthSettings } }), messages: ['notToken'] }],
});
