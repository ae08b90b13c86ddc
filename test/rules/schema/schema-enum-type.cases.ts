import rule from '../../../src/rules/schema/schema-enum-type.js';
import { defineCases } from '../../helpers/rule-tester.js';

const property = (schema: object) => ({ apiDefinition: { definitions: { Station: { properties: { code: schema } } } } });

export default defineCases({
  rule,
  valid: [
    { name: 'strings in a string enum', patch: {} },
    { name: 'integers in a number enum', patch: property({ type: 'number', enum: [1, 2.5] }) },
    { name: 'an enum without a type', patch: property({ enum: [1, 'a'] }) },
  ],
  invalid: [
    { name: 'quoted numbers in an integer enum', patch: property({ type: 'integer', enum: ['1', 2] }), messages: ['mismatch'], fixes: [[{ op: 'replace', path: '/definitions/Station/properties/code/enum/0', value: 1 }]] },
    { name: 'a fraction in an integer enum', patch: property({ type: 'integer', enum: [1.5] }), messages: ['mismatch'] },
    { name: 'a null in a string parameter enum', patch: { apiDefinition: { paths: { '/stations': { get: { parameters: [{ name: 'kind', in: 'query', type: 'string', enum: ['a', null] }] } } } } }, messages: ['mismatch'] },
  ],
});
