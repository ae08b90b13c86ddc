import rule from '../../../src/rules/sec/sec-swagger-props-consistent.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { oauth, oauthScheme, param, params, schemes } from './auth-fixture.js';

export default defineCases({
  rule,
  valid: [
    { name: 'API key in both files', patch: {} },
    { name: 'OAuth in both files', patch: oauth() },
    {
      name: 'basic in both files',
      patch: { ...schemes({ basic: { type: 'basic' } }), ...params({ username: param('securestring'), password: param('securestring') }) },
    },
  ],
  invalid: [
    { name: 'API key without a securestring parameter', patch: params({ api_key: param('string') }), messages: ['apiKeyNoParam'] },
    { name: 'basic without username and password', patch: schemes({ basic: { type: 'basic' } }), messages: ['basicNoParams'] },
    { name: 'OAuth scheme with an API key parameter', patch: schemes({ oauth2_auth: oauthScheme }), messages: ['oauthNoParam'] },
    { name: 'OAuth parameter without an OAuth scheme', patch: { apiProperties: oauth().apiProperties, ...schemes({}) }, messages: ['paramNoOauth'] },
  ],
});
