import rule from '../../../src/rules/ext/ext-test-value.js';
import { defineCases } from '../../helpers/rule-tester.js';

const parameter = (value: object) => ({ apiDefinition: { paths: { '/stations': { get: { parameters: [{ in: 'query', ...value }] } } } } });

export default defineCases({
  rule,
  valid: [
    { name: 'a matching string', patch: parameter({ name: 'search', type: 'string', 'x-ms-test-value': 'Seattle' }) },
    { name: 'an example address', patch: parameter({ name: 'email', type: 'string', 'x-ms-test-value': 'someone@example.com' }) },
    { name: 'a number for a number', patch: { apiDefinition: { definitions: { Station: { properties: { depth: { type: 'number', 'x-ms-test-value': 2.5 } } } } } } },
  ],
  invalid: [
    { name: 'a word for an integer', patch: parameter({ name: 'limit', type: 'integer', 'x-ms-test-value': 'ten' }), messages: ['typeMismatch'] },
    { name: 'a key parameter', patch: parameter({ name: 'apiKey', type: 'string', 'x-ms-test-value': 'abc123' }), messages: ['secret'] },
    { name: 'a password property', patch: { apiDefinition: { definitions: { Station: { properties: { secret: { type: 'string', format: 'password', 'x-ms-test-value': 'x' } } } } } }, messages: ['secret'] },
    { name: 'a real e-mail address', patch: parameter({ name: 'owner', type: 'string', 'x-ms-test-value': 'jane.doe@contoso.com' }), messages: ['personal'] },
  ],
});
