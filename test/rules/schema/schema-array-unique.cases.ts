import rule from '../../../src/rules/schema/schema-array-unique.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'distinct values', patch: {} },
    { name: 'values that differ in type', patch: { apiDefinition: { definitions: { Station: { properties: { code: { enum: [1, '1'] } } } } } } },
  ],
  invalid: [
    { name: 'a repeated enum value', patch: { apiDefinition: { definitions: { TidePredictions: { properties: { tides: { items: { properties: { kind: { enum: ['high', 'low', 'high'] } } } } } } } } }, messages: ['duplicate'] },
    { name: 'a repeated required name', patch: { apiDefinition: { definitions: { Station: { required: ['id', 'id'] } } } }, messages: ['duplicate'] },
    { name: 'a repeated scheme and MIME type', patch: { apiDefinition: { schemes: ['https', 'https'], produces: ['application/json', 'application/json'] } }, messages: ['duplicate', 'duplicate'] },
    { name: 'repeated operation tags', patch: { apiDefinition: { paths: { '/stations': { get: { tags: ['Stations', 'Stations'] } } } } }, messages: ['duplicate'] },
    { name: 'a repeated parameter enum value', patch: { apiDefinition: { paths: { '/stations': { get: { parameters: [{ name: 'kind', in: 'query', type: 'string', enum: ['a', 'a'] }] } } } } }, messages: ['duplicate'] },
  ],
});
