import rule from '../../../src/rules/sec/sec-secret-is-securestring.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { param, params } from './auth-fixture.js';

export default defineCases({
  rule,
  valid: [
    { name: 'securestring API key', patch: {} },
    { name: 'plain string host and client id', patch: params({ api_key: param('securestring'), hostName: param('string'), 'token:clientId': param('string') }) },
    {
      name: 'user name shown in clear text',
      patch: params({ username: { ...param('securestring'), uiDefinition: { ...param('securestring').uiDefinition, constraints: { required: 'true', clearText: true } } } }),
    },
  ],
  invalid: [
    { name: 'API key as string', patch: params({ api_key: param('string') }), messages: ['plainString'] },
    {
      name: 'password shown in clear text',
      patch: params({ password: { ...param('securestring'), uiDefinition: { ...param('securestring').uiDefinition, constraints: { required: 'true', clearText: true } } } }),
      messages: ['clearText'],
    },
  ],
});
