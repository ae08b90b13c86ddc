import rule from '../../../src/rules/schema/schema-numeric-constraints.js';
import { defineCases } from '../../helpers/rule-tester.js';

const property = (schema: object) => ({ apiDefinition: { definitions: { Station: { properties: { code: schema } } } } });

export default defineCases({
  rule,
  valid: [
    { name: 'consistent limits', patch: property({ type: 'integer', minimum: 0, maximum: 10, exclusiveMaximum: true, multipleOf: 2 }) },
    { name: 'equal bounds', patch: property({ type: 'string', minLength: 3, maxLength: 3 }) },
  ],
  invalid: [
    { name: 'a negative length', patch: property({ type: 'string', maxLength: -1 }), messages: ['negative'] },
    { name: 'minimum above maximum', patch: property({ type: 'number', minimum: 5, maximum: 1 }), messages: ['minAboveMax'] },
    { name: 'minItems above maxItems in a parameter', patch: { apiDefinition: { paths: { '/stations': { get: { parameters: [{ name: 'ids', in: 'query', type: 'array', items: { type: 'string' }, minItems: 3, maxItems: 2 }] } } } } }, messages: ['minAboveMax'] },
    { name: 'exclusiveMinimum without minimum', patch: property({ type: 'number', exclusiveMinimum: true }), messages: ['exclusiveWithoutBound'] },
    { name: 'a zero multipleOf', patch: property({ type: 'number', multipleOf: 0 }), messages: ['multipleOf'] },
  ],
});
