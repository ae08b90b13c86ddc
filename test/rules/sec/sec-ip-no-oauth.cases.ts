import rule from '../../../src/rules/sec/sec-ip-no-oauth.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { oauth } from './auth-fixture.js';

export default defineCases({
  rule,
  valid: [{ name: 'API key connector', patch: {} }],
  invalid: [
    { name: 'OAuth in both files', patch: oauth(), messages: ['oauthParameter', 'oauthScheme'] },
    { name: 'OAuth only in the swagger', patch: { apiDefinition: oauth().apiDefinition }, messages: ['oauthScheme'] },
  ],
});
