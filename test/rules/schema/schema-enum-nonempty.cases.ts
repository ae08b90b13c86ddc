import rule from '../../../src/rules/schema/schema-enum-nonempty.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [{ name: 'an enum with values', patch: {} }],
  invalid: [
    { name: 'an empty schema enum', patch: { apiDefinition: { definitions: { Station: { properties: { id: { enum: [] } } } } } }, messages: ['empty'] },
    { name: 'an empty parameter enum', patch: { apiDefinition: { paths: { '/stations': { get: { parameters: [{ name: 'kind', in: 'query', type: 'string', enum: [] }] } } } } }, messages: ['empty'] },
  ],
});
