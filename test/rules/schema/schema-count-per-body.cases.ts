import rule from '../../../src/rules/schema/schema-count-per-body.js';
import { defineCases } from '../../helpers/rule-tester.js';

/** An object schema with `count` string properties (count + 1 schemas). */
const wide = (count: number) => ({
  type: 'object',
  properties: Object.fromEntries(Array.from({ length: count }, (_, i) => [`p${i}`, { type: 'string' }])),
});

const response = (schema: object, definitions: object = {}) => ({
  apiDefinition: { definitions, paths: { '/stations': { get: { responses: { '200': { schema: { ...schema, type: null, items: null } } } } } } },
});

export default defineCases({
  rule,
  valid: [
    { name: 'exactly 512 schemas', patch: response(wide(511)) },
    { name: 'a recursive definition counts once', patch: response({ $ref: '#/definitions/Node' }, { Node: { type: 'object', properties: { next: { $ref: '#/definitions/Node' }, name: { type: 'string' } } } }) },
  ],
  invalid: [
    { name: '513 inline schemas', patch: response(wide(512)), messages: ['tooMany'] },
    {
      name: 'references expanded',
      patch: response({ $ref: '#/definitions/Pair' }, { Pair: { type: 'object', properties: { a: { $ref: '#/definitions/Half' }, b: { $ref: '#/definitions/Half' } } }, Half: wide(300) }),
      messages: ['tooMany'],
    },
  ],
});
