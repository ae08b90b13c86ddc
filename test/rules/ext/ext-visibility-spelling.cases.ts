import rule from '../../../src/rules/ext/ext-visibility-spelling.js';
import { defineCases } from '../../helpers/rule-tester.js';

const parameter = (value: unknown) => ({
  apiDefinition: { paths: { '/stations': { get: { parameters: [{ name: 'search', in: 'query', type: 'string', 'x-ms-visibility': value }] } } } },
});

export default defineCases({
  rule,
  valid: [
    { name: 'lower case', patch: parameter('important') },
    { name: 'unknown values are another rule', patch: parameter('hidden') },
  ],
  invalid: [
    { name: 'an empty value', patch: parameter(''), messages: ['empty'], fixes: [[{ op: 'remove', path: '/paths/~1stations/get/parameters/0/x-ms-visibility' }]] },
    { name: 'a capitalised value', patch: parameter('Advanced'), messages: ['capitalised'], fixes: [[{ op: 'replace', path: '/paths/~1stations/get/parameters/0/x-ms-visibility', value: 'advanced' }]] },
  ],
});
