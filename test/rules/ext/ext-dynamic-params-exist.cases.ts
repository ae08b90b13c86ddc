import rule from '../../../src/rules/ext/ext-dynamic-params-exist.js';
import { defineCases } from '../../helpers/rule-tester.js';

/** Dynamic values on the tides operation's station parameter, calling `operationId` with `parameters`. */
const call = (operationId: string, parameters: object, name = 'x-ms-dynamic-values') => ({
  apiDefinition: {
    paths: {
      '/stations/{stationId}/tides': { get: { parameters: [{ name: 'stationId', in: 'path', type: 'string', required: true, [name]: { operationId, parameters } }] } },
      '/stations': {
        post: {
          operationId: 'FindStations',
          parameters: [{ name: 'body', in: 'body', schema: { type: 'object', properties: { region: { type: 'string' } } } }],
          responses: { '200': { description: 'Stations.', schema: { type: 'array', items: { $ref: '#/definitions/Station' } } } },
        },
      },
    },
  },
});

export default defineCases({
  rule,
  valid: [
    { name: 'a parameter of the target', patch: call('ListStations', { search: 'North' }) },
    { name: 'a body path', patch: call('FindStations', { 'body/region': { value: 'North' } }, 'x-ms-dynamic-list') },
    { name: 'a top-level body property', patch: call('FindStations', { region: 'North' }) },
    { name: 'an unknown target is another rule', patch: call('Nothing', { anything: 1 }) },
  ],
  invalid: [
    { name: 'a name the target does not have', patch: call('ListStations', { query: 'North' }), messages: ['notFound'] },
    { name: 'a body path that does not exist', patch: call('FindStations', { 'body/country': { value: 'NO' } }, 'x-ms-dynamic-list'), messages: ['notFound'] },
  ],
});
