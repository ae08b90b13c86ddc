import rule from '../../../src/rules/sec/sec-connection-param-types.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { param, params } from './auth-fixture.js';

export default defineCases({
  rule,
  valid: [
    { name: 'securestring', patch: {} },
    { name: 'every known type', patch: params({ a: param('string'), b: param('int'), c: param('bool'), d: param('securestring') }) },
  ],
  invalid: [
    { name: 'no type', patch: params({ host: { uiDefinition: { displayName: 'Host' } } }), messages: ['missing'] },
    { name: 'unknown type', patch: params({ key: param('password') }), messages: ['unknown'] },
  ],
});
