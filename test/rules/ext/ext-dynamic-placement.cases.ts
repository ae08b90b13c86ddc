import rule from '../../../src/rules/ext/ext-dynamic-placement.js';
import { defineCases } from '../../helpers/rule-tester.js';

const body = (parameter: object) => ({
  apiDefinition: {
    paths: { '/stations': { post: { operationId: 'AddStation', parameters: [{ name: 'body', in: 'body', schema: { $ref: '#/definitions/Station' }, ...parameter }], responses: { '201': { description: 'Created.' } } } } },
  },
});

export default defineCases({
  rule,
  valid: [
    { name: 'on a query parameter', patch: { apiDefinition: { paths: { '/stations': { get: { parameters: [{ name: 'search', in: 'query', type: 'string', 'x-ms-dynamic-values': { operationId: 'ListStations' } }] } } } } } },
    { name: 'inside the body schema', patch: { apiDefinition: { definitions: { Station: { 'x-ms-dynamic-schema': { operationId: 'ListStations' } } } } } },
  ],
  invalid: [
    { name: 'dynamic schema on the body parameter', patch: body({ 'x-ms-dynamic-schema': { operationId: 'ListStations' } }), messages: ['onBody'] },
    { name: 'dynamic values and list on the body parameter', patch: body({ 'x-ms-dynamic-values': { operationId: 'ListStations' }, 'x-ms-dynamic-list': { operationId: 'ListStations' } }), messages: ['onBody', 'onBody'] },
  ],
});
