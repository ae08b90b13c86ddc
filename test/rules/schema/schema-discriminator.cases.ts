import rule from '../../../src/rules/schema/schema-discriminator.js';
import { defineCases } from '../../helpers/rule-tester.js';

const pet = (schema: object) => ({ apiDefinition: { definitions: { Pet: { type: 'object', discriminator: 'kind', ...schema } } } });

export default defineCases({
  rule,
  valid: [
    { name: 'a required string property', patch: pet({ required: ['kind'], properties: { kind: { type: 'string' } } }) },
    {
      name: 'a property from an allOf part',
      patch: { apiDefinition: { definitions: { Base: { type: 'object', required: ['kind'], properties: { kind: { type: 'string' } } }, Pet: { discriminator: 'kind', allOf: [{ $ref: '#/definitions/Base' }] } } } },
    },
  ],
  invalid: [
    { name: 'no such property', patch: pet({ properties: { name: { type: 'string' } } }), messages: ['notRequiredString'] },
    { name: 'not a string', patch: pet({ required: ['kind'], properties: { kind: { type: 'integer' } } }), messages: ['notRequiredString'] },
    { name: 'not required', patch: pet({ properties: { kind: { type: 'string' } } }), messages: ['notRequiredString'] },
  ],
});
