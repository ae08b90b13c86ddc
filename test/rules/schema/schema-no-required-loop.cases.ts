import rule from '../../../src/rules/schema/schema-no-required-loop.js';
import { defineCases } from '../../helpers/rule-tester.js';

const definitions = (value: object) => ({ apiDefinition: { definitions: value } });

export default defineCases({
  rule,
  valid: [
    { name: 'an optional self reference', patch: definitions({ Node: { type: 'object', properties: { next: { $ref: '#/definitions/Node' } } } }) },
    { name: 'a required array of itself', patch: definitions({ Node: { type: 'object', required: ['children'], properties: { children: { type: 'array', items: { $ref: '#/definitions/Node' } } } } }) },
    {
      name: 'a required chain without a loop',
      patch: definitions({ A: { type: 'object', required: ['b'], properties: { b: { $ref: '#/definitions/B' } } }, B: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } }),
    },
  ],
  invalid: [
    { name: 'a definition requiring itself', patch: definitions({ Node: { type: 'object', required: ['next'], properties: { next: { $ref: '#/definitions/Node' } } } }), messages: ['loop'] },
    {
      name: 'a loop through two definitions and an inline object',
      patch: definitions({
        A: { type: 'object', required: ['wrap'], properties: { wrap: { type: 'object', required: ['b'], properties: { b: { $ref: '#/definitions/B' } } } } },
        B: { type: 'object', required: ['a'], properties: { a: { $ref: '#/definitions/A' } } },
      }),
      messages: ['loop'],
    },
    {
      name: 'a loop through allOf',
      patch: definitions({
        A: { allOf: [{ $ref: '#/definitions/Base' }] },
        Base: { type: 'object', required: ['a'], properties: { a: { $ref: '#/definitions/A' } } },
      }),
      messages: ['loop'],
    },
  ],
});
