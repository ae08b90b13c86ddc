import rule from '../../../src/rules/resp/resp-exact-schema.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'schemas with properties', patch: {} },
    { name: 'a typed dictionary', patch: { apiDefinition: { definitions: { TidePredictions: { properties: null, additionalProperties: { type: 'number' } } } } } },
    { name: 'a free-form error response is not judged', patch: { apiDefinition: { paths: { '/stations': { get: { responses: { '400': { description: 'Bad.', schema: { type: 'object', additionalProperties: true } } } } } } } } },
  ],
  invalid: [
    { name: 'additionalProperties true', patch: { apiDefinition: { paths: { '/stations': { get: { responses: { '200': { schema: { type: 'object', items: null, additionalProperties: true } } } } } } } }, messages: ['freeForm'] },
    { name: 'an empty additionalProperties through $ref', patch: { apiDefinition: { definitions: { TidePredictions: { properties: null, additionalProperties: {} } } } }, messages: ['freeForm'] },
  ],
});
