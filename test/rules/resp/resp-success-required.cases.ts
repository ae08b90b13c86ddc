import rule from '../../../src/rules/resp/resp-success-required.js';
import { defineCases } from '../../helpers/rule-tester.js';

const responses = (value: unknown) => ({ apiDefinition: { paths: { '/stations': { get: { responses: value } } } } });

export default defineCases({
  rule,
  valid: [
    { name: 'a 200 response', patch: {} },
    { name: 'a 204 response beside errors', patch: responses({ '200': null, '204': { description: 'Done.' }, '404': { description: 'Not found.' } }) },
    { name: 'a 2xx response through $ref', patch: { apiDefinition: { responses: { Ok: { description: 'OK.' } }, paths: { '/stations': { get: { responses: { '200': { $ref: '#/responses/Ok' } } } } } } } },
    { name: 'no responses at all is another rule', patch: responses(null) },
  ],
  invalid: [
    { name: 'only error responses', patch: responses({ '200': null, '400': { description: 'Bad request.' }, '500': { description: 'Failed.' } }), messages: ['missing'] },
    { name: 'only default', patch: responses({ '200': null, default: { description: 'Anything.' } }), messages: ['missing'] },
  ],
});
