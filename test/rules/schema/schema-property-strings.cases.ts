import rule from '../../../src/rules/schema/schema-property-strings.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'every property is described', patch: {} },
    { name: 'a reference property carries no strings', patch: { apiDefinition: { definitions: { Station: { properties: { tides: { $ref: '#/definitions/TidePredictions' } } } } } } },
    { name: 'descriptions that say more or less than the name', patch: { apiDefinition: { definitions: { Station: { properties: { watermark_removed: { 'x-ms-summary': 'Watermark Removed', description: 'Watermark' }, watermarkMoved: { 'x-ms-summary': 'Watermark Moved', description: 'Watermark moved to the page corner.' }, café: { 'x-ms-summary': 'Café', description: 'Café nearby.' } } } } } } },
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
      name: 'a description that repeats the name in any case, non-ASCII letters included',
      patch: { apiDefinition: { definitions: { Station: { properties: { kind: { 'x-ms-summary': 'Kind', description: '\u212Aind.' }, İd: { 'x-ms-summary': 'ID', description: 'id' }, watermark_removed: { 'x-ms-summary': 'Watermark Removed', description: 'Watermark removed' } } } } } },
      messages: ['echoesName', 'echoesName', 'echoesName'],
    },
    {
      name: 'an inline response property',
      patch: { apiDefinition: { paths: { '/stations': { get: { responses: { '200': { schema: { type: 'object', items: null, properties: { count: { type: 'integer' } } } } } } } } } },
      messages: ['missing'],
    },
  ],
});
