import rule from '../../../src/rules/schema/schema-remove-empty-properties.js';
import { defineCases } from '../../helpers/rule-tester.js';

const station = (properties: object, required?: string[]) => ({ apiDefinition: { definitions: { Station: { properties, ...(required && { required }) } } } });

export default defineCases({
  rule,
  valid: [
    { name: 'typed properties', patch: {} },
    { name: 'an empty property that is required', patch: station({ extra: {} }, ['extra']) },
    { name: 'a property given by reference', patch: station({ other: { $ref: '#/definitions/TidePredictions' } }) },
    { name: 'a property with only an enum', patch: station({ kind: { enum: ['a', 'b'] } }) },
  ],
  invalid: [
    { name: 'an empty property', patch: station({ extra: {} }), messages: ['empty'] },
    { name: 'a property with only a description', patch: station({ extra: { description: 'Something.' } }), messages: ['empty'] },
  ],
});
