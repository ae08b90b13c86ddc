import rule from '../../../src/rules/schema/schema-array-items.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'arrays with items', patch: {} },
    { name: 'an array query parameter with items', patch: { apiDefinition: { paths: { '/stations': { get: { parameters: [{ name: 'ids', in: 'query', type: 'array', items: { type: 'string' } }] } } } } } },
  ],
  invalid: [
    { name: 'a schema array without items', patch: { apiDefinition: { definitions: { TidePredictions: { properties: { tides: { items: null } } } } } }, messages: ['missing'] },
    { name: 'a query parameter array without items', patch: { apiDefinition: { paths: { '/stations': { get: { parameters: [{ name: 'ids', in: 'query', type: 'array' }] } } } } }, messages: ['missing'] },
    { name: 'nested parameter items without items', patch: { apiDefinition: { paths: { '/stations': { get: { parameters: [{ name: 'ids', in: 'query', type: 'array', items: { type: 'array' } }] } } } } }, messages: ['missing'] },
    { name: 'a response header array without items', patch: { apiDefinition: { paths: { '/stations': { get: { responses: { '200': { headers: { Link: { type: 'array' } } } } } } } } }, messages: ['missing'] },
  ],
});
