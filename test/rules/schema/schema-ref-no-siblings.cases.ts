import rule from '../../../src/rules/schema/schema-ref-no-siblings.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'bare references', patch: {} },
    // Etsy (corpus): error responses whose schema is a bare reference.
    { corpus: 'Etsy', name: 'a bare response schema reference (Etsy)', patch: { apiDefinition: { paths: { '/stations': { get: { responses: { '403': { description: 'Forbidden.', schema: { $ref: '#/definitions/Station' } } } } } } } } },
    { name: 'a path item reference is another rule', patch: { apiDefinition: { paths: { '/other': { $ref: '#/paths/~1stations', description: 'x' } } } } },
  ],
  invalid: [
    {
      name: 'a description beside a schema reference',
      patch: { apiDefinition: { paths: { '/stations/{stationId}/tides': { get: { responses: { '200': { schema: { description: 'The tides.' } } } } } } } },
      messages: ['sibling'], fixes: [[{ op: 'remove', path: '/paths/~1stations~1{stationId}~1tides/get/responses/200/schema/description' }]],
    },
    {
      name: 'two extensions beside a property reference',
      patch: { apiDefinition: { definitions: { TidePredictions: { properties: { station: { $ref: '#/definitions/Station', 'x-ms-summary': 'Station', 'x-ms-visibility': 'advanced' } } } } } },
      messages: ['sibling'], fixes: [[{ op: 'remove', path: '/definitions/TidePredictions/properties/station/x-ms-summary' }, { op: 'remove', path: '/definitions/TidePredictions/properties/station/x-ms-visibility' }]],
    },
    {
      name: 'a key beside a parameter reference',
      patch: { apiDefinition: { parameters: { Search: { name: 'search', in: 'query', type: 'string' } }, paths: { '/stations': { get: { parameters: [{ $ref: '#/parameters/Search', required: true }] } } } } },
      messages: ['sibling'], fixes: [[{ op: 'remove', path: '/paths/~1stations/get/parameters/0/required' }]],
    },
    {
      name: 'a key beside a response reference',
      patch: { apiDefinition: { responses: { Ok: { description: 'OK.' } }, paths: { '/stations': { get: { responses: { '204': { $ref: '#/responses/Ok', description: 'Nothing.' } } } } } } },
      messages: ['sibling'], fixes: [[{ op: 'remove', path: '/paths/~1stations/get/responses/204/description' }]],
    },
  ],
});
