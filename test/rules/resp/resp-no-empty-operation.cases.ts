import rule from '../../../src/rules/resp/resp-no-empty-operation.js';
import { defineCases } from '../../helpers/rule-tester.js';

const ping = (operation: unknown) => ({
  apiDefinition: {
    paths: {
      '/ping': {
        post: { summary: 'Ping', description: 'Checks the service.', operationId: 'Ping', responses: { '204': { description: 'Alive.' } }, ...(operation as object) },
      },
    },
  },
});

export default defineCases({
  rule,
  valid: [
    { name: 'operations with parameters and outputs', patch: {} },
    { name: 'parameters only', patch: ping({ parameters: [{ name: 'verbose', in: 'query', type: 'boolean' }] }) },
    { name: 'a response schema only', patch: ping({ responses: { '200': { description: 'Status.', schema: { $ref: '#/definitions/Station' } } } }) },
    { name: 'a path-level parameter counts', patch: { apiDefinition: { paths: { '/ping': { parameters: [{ name: 'id', in: 'query', type: 'string' }], post: { operationId: 'Ping', responses: { '204': { description: 'Alive.' } } } } } } } },
    // HubSpot CMS V2 (corpus) answers 200 with only {"description": "OK"}: resp-success-schema asks for the outputs.
    { corpus: 'HubSpot CMS V2', name: 'a 200 without a schema is resp-success-schema (HubSpot CMS V2)', patch: ping({ responses: { '200': { description: 'OK' } } }) },
  ],
  invalid: [
    { name: 'neither inputs nor outputs', patch: ping({}), messages: ['empty'] },
    {
      name: 'a referenced response without schema',
      patch: { apiDefinition: { responses: { Done: { description: 'Done.' } }, paths: { '/ping': { post: { operationId: 'Ping', responses: { '202': { $ref: '#/responses/Done' } } } } } } },
      messages: ['empty'],
    },
  ],
});
