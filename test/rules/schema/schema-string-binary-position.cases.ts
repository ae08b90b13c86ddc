import rule from '../../../src/rules/schema/schema-string-binary-position.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'a binary body', patch: { apiDefinition: { paths: { '/stations': { post: { operationId: 'Upload', parameters: [{ name: 'body', in: 'body', schema: { type: 'string', format: 'binary' } }], responses: { '204': { description: 'Done.' } } } } } } } },
    { name: 'a base64 property', patch: { apiDefinition: { definitions: { Station: { properties: { photo: { type: 'string', format: 'byte' } } } } } } },
  ],
  invalid: [
    { name: 'a binary property', patch: { apiDefinition: { definitions: { Station: { properties: { photo: { type: 'string', format: 'binary' } } } } } }, messages: ['nested'] },
    { name: 'binary array items', patch: { apiDefinition: { paths: { '/stations': { get: { responses: { '200': { schema: { items: { $ref: null, type: 'string', format: 'binary' } } } } } } } } }, messages: ['nested'] },
  ],
});
