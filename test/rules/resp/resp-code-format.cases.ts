import rule from '../../../src/rules/resp/resp-code-format.js';
import { defineCases } from '../../helpers/rule-tester.js';

const add = (code: string) => ({ apiDefinition: { paths: { '/stations': { get: { responses: { [code]: { description: 'Something.' } } } } } } });

export default defineCases({
  rule,
  valid: [
    { name: 'status codes', patch: add('404') },
    { name: 'default', patch: add('default') },
    { name: 'an extension key', patch: { apiDefinition: { paths: { '/stations': { get: { responses: { 'x-acme-note': 'hello' } } } } } } },
  ],
  invalid: [
    { name: 'a range', patch: add('2XX'), messages: ['invalid'] },
    { name: 'a word', patch: add('success'), messages: ['invalid'] },
    { name: 'a code out of range', patch: add('600'), messages: ['invalid'] },
  ],
});
