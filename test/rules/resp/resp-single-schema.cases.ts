import rule from '../../../src/rules/resp/resp-single-schema.js';
import { defineCases } from '../../helpers/rule-tester.js';

const error = { description: 'Bad request.', schema: { type: 'object', properties: { message: { type: 'string' } } } };

export default defineCases({
  rule,
  valid: [
    { name: 'one schema', patch: {} },
    { name: 'error responses without schema', patch: { apiDefinition: { paths: { '/stations': { get: { responses: { '400': { description: 'Bad request.' } } } } } } } },
  ],
  invalid: [
    { name: 'a schema on an error response too', patch: { apiDefinition: { paths: { '/stations': { get: { responses: { '400': error } } } } } }, messages: ['many'] },
    {
      name: 'a referenced error response with a schema',
      patch: { apiDefinition: { responses: { Bad: error }, paths: { '/stations': { get: { responses: { '400': { $ref: '#/responses/Bad' } } } } } } },
      messages: ['many'],
    },
  ],
});
