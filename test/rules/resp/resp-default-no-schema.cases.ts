import rule from '../../../src/rules/resp/resp-default-no-schema.js';
import { defineCases } from '../../helpers/rule-tester.js';

const withDefault = (value: unknown) => ({ apiDefinition: { paths: { '/stations': { get: { responses: { default: value } } } } } });

export default defineCases({
  rule,
  valid: [
    { name: 'no default response', patch: {} },
    { name: 'a default response without schema', patch: withDefault({ description: 'An error.' }) },
  ],
  invalid: [
    { name: 'a default response with a schema', patch: withDefault({ description: 'An error.', schema: { $ref: '#/definitions/Station' } }), messages: ['schema'] },
    {
      name: 'a shared default response with a schema is reported once',
      patch: {
        apiDefinition: {
          responses: { Error: { description: 'An error.', schema: { type: 'object', properties: { message: { type: 'string' } } } } },
          paths: {
            '/stations': { get: { responses: { default: { $ref: '#/responses/Error' } } } },
            '/stations/{stationId}/tides': { get: { responses: { default: { $ref: '#/responses/Error' } } } },
          },
        },
      },
      messages: ['schema'],
    },
  ],
});
