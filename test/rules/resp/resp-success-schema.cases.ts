import rule from '../../../src/rules/resp/resp-success-schema.js';
import { defineCases } from '../../helpers/rule-tester.js';

const get = (value: unknown) => ({ apiDefinition: { paths: { '/stations': { get: value } } } });

export default defineCases({
  rule,
  valid: [
    { name: 'a 200 response with a schema', patch: {} },
    { name: 'a 204 response without body', patch: get({ responses: { '200': null, '204': { description: 'Done.' } } }) },
    { name: 'a 201 with a schema beside a bare 200', patch: get({ responses: { '200': { schema: null }, '201': { description: 'Created.', schema: { $ref: '#/definitions/Station' } } } }) },
    {
      name: 'a referenced response with a schema',
      patch: {
        apiDefinition: {
          responses: { Stations: { description: 'Stations.', schema: { $ref: '#/definitions/Station' } } },
          paths: { '/stations': { get: { responses: { '200': { $ref: '#/responses/Stations' } } } } },
        },
      },
    },
    {
      name: 'a webhook trigger whose notification content has the schema',
      patch: {
        apiDefinition: {
          paths: {
            '/stations': {
              'x-ms-notification-content': { description: 'A station changed.', schema: { $ref: '#/definitions/Station' } },
              get: { 'x-ms-trigger': 'single', responses: { '200': { schema: null } } },
            },
          },
        },
      },
    },
  ],
  invalid: [
    { name: 'a 200 response without schema', patch: get({ responses: { '200': { schema: null } } }), messages: ['missing'] },
    {
      name: 'a referenced 201 response without schema',
      patch: {
        apiDefinition: {
          responses: { Created: { description: 'Created.' } },
          paths: { '/stations': { get: { responses: { '200': null, '201': { $ref: '#/responses/Created' } } } } },
        },
      },
      messages: ['missing'],
    },
  ],
});
