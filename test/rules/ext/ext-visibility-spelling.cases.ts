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
    { name: 'an empty value', patch: parameter(''), messages: ['empty'] },
    { name: 'a capitalised value', patch: parameter('Advanced'), messages: ['capitalised'] },
  ],
});
