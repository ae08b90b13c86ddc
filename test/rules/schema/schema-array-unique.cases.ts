import rule from '../../../src/rules/schema/schema-array-unique.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'distinct values', patch: {} },
    { name: 'values that differ in type', patch: { apiDefinition: { definitions: { Station: { properties: { code: { enum: [1, '1'] } } } } } } },
    { name: 'objects that differ, and a string that reads like one', patch: { apiDefinition: { definitions: { Station: { properties: { code: { enum: [{ a: 1 }, { a: 2 }, '{"a":1}', null, 'null'] } } } } } } },
  ],
  invalid: [
    { name: 'a repeated enum value', patch: { apiDefinition: { definitions: { TidePredictions: { properties: { tides: { items: { properties: { kind: { enum: ['high', 'low', 'high'] } } } } } } } } }, messages: ['duplicate'], fixes: [[{ op: 'remove', path: '/definitions/TidePredictions/properties/tides/items/properties/kind/enum/2' }]] },
    { name: 'a repeated required name', patch: { apiDefinition: { definitions: { Station: { required: ['id', 'id'] } } } }, messages: ['duplicate'], fixes: [[{ op: 'remove', path: '/definitions/Station/required/1' }]] },
    { name: 'a repeated scheme and MIME type', patch: { apiDefinition: { schemes: ['https', 'https'], produces: ['application/json', 'application/json'] } }, messages: ['duplicate', 'duplicate'], fixes: [[{ op: 'remove', path: '/schemes/1' }], [{ op: 'remove', path: '/produces/1' }]] },
    { name: 'repeated operation tags', patch: { apiDefinition: { paths: { '/stations': { get: { tags: ['Stations', 'Stations'] } } } } }, messages: ['duplicate'], fixes: [[{ op: 'remove', path: '/paths/~1stations/get/tags/1' }]] },
    { name: 'a repeated object', patch: { apiDefinition: { definitions: { Station: { properties: { code: { enum: [{ a: [1] }, null, { a: [1] }] } } } } } }, messages: ['duplicate'], fixes: [[{ op: 'remove', path: '/definitions/Station/properties/code/enum/2' }]] },
    { name: 'a repeated null', patch: { apiDefinition: { definitions: { Station: { properties: { code: { enum: [null, 'null', null] } } } } } }, messages: ['duplicate'], fixes: [[{ op: 'remove', path: '/definitions/Station/properties/code/enum/2' }]] },
    { name: 'a repeated parameter enum value', patch: { apiDefinition: { paths: { '/stations': { get: { parameters: [{ name: 'kind', in: 'query', type: 'string', enum: ['a', 'a'] }] } } } } }, messages: ['duplicate'], fixes: [[{ op: 'remove', path: '/paths/~1stations/get/parameters/0/enum/1' }]] },
  ],
});
