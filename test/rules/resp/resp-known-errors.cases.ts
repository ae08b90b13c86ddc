import rule from '../../../src/rules/resp/resp-known-errors.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'one operation documents an error', patch: { apiDefinition: { paths: { '/stations': { get: { responses: { '404': { description: 'Not found.' } } } } } } } },
    { name: 'a referenced server error', patch: { apiDefinition: { responses: { Failed: { description: 'Failed.' } }, paths: { '/stations': { get: { responses: { '500': { $ref: '#/responses/Failed' } } } } } } } },
    { name: 'no operations at all', patch: { apiDefinition: { paths: { '/stations': null, '/stations/{stationId}/tides': null } } } },
  ],
  invalid: [{ name: 'only success responses', patch: { apiDefinition: { paths: { '/stations/{stationId}/tides': { get: { responses: { '404': null } } } } } }, messages: ['none'] }],
});
