import rule from '../../../src/rules/sec/sec-no-client-id.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { oauth } from './auth-fixture.js';

export default defineCases({
  rule,
  valid: [
    { name: 'dummy client ID', patch: oauth() },
    { name: 'instruction as client ID', patch: oauth({ clientId: 'Enter your client ID' }) },
  ],
  invalid: [{ name: 'GUID client ID', patch: oauth({ clientId: 'e6e9aa33-887e-4185-a571-970264a33a1c' }), messages: ['clientId'] }],
});
