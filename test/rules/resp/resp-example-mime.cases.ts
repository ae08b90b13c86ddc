import rule from '../../../src/rules/resp/resp-example-mime.js';
import { defineCases } from '../../helpers/rule-tester.js';

const examples = (value: unknown, operation: object = {}) => ({
  apiDefinition: { paths: { '/stations': { get: { ...operation, responses: { '200': { examples: value } } } } } },
});

export default defineCases({
  rule,
  valid: [
    { name: 'an example of the produced type', patch: examples({ 'application/json': [{ id: 'a' }] }) },
    { name: 'types compare without case', patch: examples({ 'Application/JSON': [] }) },
    { name: 'operation-level produces', patch: examples({ 'text/csv': 'id\na' }, { produces: ['text/csv'] }) },
  ],
  invalid: [
    { name: 'a type the document does not produce', patch: examples({ 'application/xml': '<a/>' }), messages: ['notProduced'] },
    { name: 'operation produces override the root', patch: examples({ 'application/json': [] }, { produces: ['text/csv'] }), messages: ['notProduced'] },
    {
      name: 'a shared response used twice is reported once',
      patch: {
        apiDefinition: {
          responses: { Ok: { description: 'OK.', examples: { 'text/plain': 'ok' } } },
          paths: {
            '/stations': { get: { responses: { '204': { $ref: '#/responses/Ok' } } } },
            '/stations/{stationId}/tides': { get: { responses: { '204': { $ref: '#/responses/Ok' } } } },
          },
        },
      },
      messages: ['notProduced'],
    },
  ],
});
