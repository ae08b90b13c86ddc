import rule from '../../../src/rules/schema/schema-property-strings.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'every property is described', patch: {} },
    { name: 'a reference property carries no strings', patch: { apiDefinition: { definitions: { Station: { properties: { tides: { $ref: '#/definitions/TidePredictions' } } } } } } },
  ],
  invalid: [
    {
      name: 'properties without x-ms-summary or description are listed once',
      patch: { apiDefinition: { definitions: { Station: { properties: { lat: { type: 'number' }, lon: { type: 'number', 'x-ms-summary': 'Longitude' } } } } } },
      messages: ['missing'],
    },
    {
      name: 'a description that repeats the name',
      patch: { apiDefinition: { definitions: { Station: { properties: { name: { description: 'Name' } } } } } },
      messages: ['echoesName'],
    },
    {
      name: 'an inline response property',
      patch: { apiDefinition: { paths: { '/stations': { get: { responses: { '200': { schema: { type: 'object', items: null, properties: { count: { type: 'integer' } } } } } } } } } },
      messages: ['missing'],
    },
  ],
});
