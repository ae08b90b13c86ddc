import rule from '../../../src/rules/meta/meta-json-types.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'the example', patch: {} },
    { name: 'a referenced parameter with a boolean required', patch: { apiDefinition: { parameters: { Limit: { name: 'limit', in: 'query', type: 'integer', required: false } } } } },
  ],
  invalid: [
    {
      name: 'required written as a string in an operation',
      patch: {
        apiDefinition: {
          paths: { '/stations': { get: { parameters: [{ name: 'search', in: 'query', type: 'string', required: 'false', 'x-ms-summary': 'Search', description: 'Text.' }] } } },
        },
      },
      messages: ['wrongType'],
    },
    {
      name: 'a referenced parameter with a string required',
      patch: { apiDefinition: { parameters: { Limit: { name: 'limit', in: 'query', type: 'integer', required: 'true' } } } },
      messages: ['wrongType'],
    },
    { name: 'schema required as a boolean in a definition', patch: { apiDefinition: { definitions: { Station: { required: true } } } }, messages: ['wrongType'] },
    { name: 'host as a number', patch: { apiDefinition: { host: 42 } }, messages: ['wrongType'], profile: 'custom' },
    { name: 'a definition that is an array', patch: { files: { 'apiDefinition.swagger.json': '[1, 2]' } }, messages: ['wrongType'] },
  ],
});
