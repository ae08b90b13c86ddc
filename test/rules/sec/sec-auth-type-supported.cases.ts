import rule from '../../../src/rules/sec/sec-auth-type-supported.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { param, params } from './auth-fixture.js';

export default defineCases({
  rule,
  valid: [
    { name: 'API key', patch: {} },
    { name: 'basic authentication', patch: params({ username: param('securestring'), password: param('securestring') }) },
  ],
  invalid: [{ name: 'on-premises gateway', patch: params({ gateway: param('gatewaySetting') }), messages: ['gateway'] }],
});
