import rule from '../../../src/rules/sec/sec-no-client-secret.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { oauth } from './auth-fixture.js';

export default defineCases({
  rule,
  valid: [
    { name: 'no client secret', patch: oauth() },
    { name: 'dummy client secret', patch: oauth({ clientSecret: '[[DUMMY]]' }) },
    { name: 'instruction as client secret', patch: oauth({ clientSecret: '<Enter your client secret>' }) },
  ],
  invalid: [
    { name: 'real client secret', patch: oauth({ clientSecret: 'Xy8Q~k2mZ0pLr7vN3sT9wB4dF6hJ1cG5' }), messages: ['clientSecret'] },
    {
      name: 'secret in customParameters',
      patch: oauth({ customParameters: { clientSecret: { value: 'Xy8Q~k2mZ0pLr7vN3sT9wB4dF6hJ1cG5' } } }),
      messages: ['customSecret'],
    },
  ],
});
