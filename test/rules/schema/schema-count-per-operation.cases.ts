import rule from '../../../src/rules/schema/schema-count-per-operation.js';
import { defineCases } from '../../helpers/rule-tester.js';

const wide = (count: number, item: object) => ({
  type: 'object',
  properties: Object.fromEntries(Array.from({ length: count }, (_, i) => [`p${i}`, item])),
});

/** A response whose schema references `count` copies of a 131-schema definition. */
const response = (count: number) => ({
  apiDefinition: {
    definitions: { Leaf: wide(130, { type: 'string' }), Mid: wide(count, { $ref: '#/definitions/Leaf' }) },
    paths: { '/stations': { get: { responses: { '200': { schema: { type: null, items: null, $ref: '#/definitions/Mid' } } } } } },
  },
});

export default defineCases({
  rule,
  valid: [{ name: 'about 13,000 schemas', patch: response(100) }],
  invalid: [{ name: 'about 17,000 schemas', patch: response(130), messages: ['tooMany'] }],
});
