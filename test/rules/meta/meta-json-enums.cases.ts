import rule from '../../../src/rules/meta/meta-json-enums.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'extension values are left to the ext rules', patch: { apiDefinition: { info: { 'x-ms-api-annotation': { status: 'Beta' } } } }, profile: 'custom' },
    { name: 'the example', patch: {} },
    { name: 'a web socket scheme (reported by meta-schemes)', patch: { apiDefinition: { schemes: ['wss'] } } },
  ],
  invalid: [
    {
      name: 'a parameter location that does not exist',
      patch: {
        apiDefinition: {
          paths: { '/stations': { get: { parameters: [{ name: 'search', in: 'querystring', type: 'string', 'x-ms-summary': 'Search', description: 'Text.' }] } } },
        },
      },
      messages: ['notAllowed'],
    },
    { name: 'a location in another case', patch: { apiDefinition: { parameters: { Limit: { name: 'limit', in: 'Query', type: 'integer' } } } }, messages: ['notAllowed'], fixes: [[{ op: 'replace', path: '/parameters/Limit/in', value: 'query' }]] },
    { name: 'a referenced parameter with an unknown type', patch: { apiDefinition: { parameters: { Limit: { name: 'limit', in: 'query', type: 'int' } } } }, messages: ['notAllowed'] },
  ],
});
