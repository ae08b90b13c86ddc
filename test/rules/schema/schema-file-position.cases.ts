import rule from '../../../src/rules/schema/schema-file-position.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'no files', patch: {} },
    { name: 'a file as the root of a response', patch: { apiDefinition: { paths: { '/stations': { get: { responses: { '200': { schema: { type: 'file', items: null } } } } } } } } },
    { name: 'a file definition', patch: { apiDefinition: { definitions: { Download: { type: 'file' } } } } },
  ],
  invalid: [
    { name: 'a file property', patch: { apiDefinition: { definitions: { Station: { properties: { photo: { type: 'file' } } } } } }, messages: ['misplaced'] },
    {
      name: 'a file body schema',
      patch: { apiDefinition: { paths: { '/stations': { post: { operationId: 'Upload', parameters: [{ name: 'body', in: 'body', schema: { type: 'file' } }], responses: { '204': { description: 'Done.' } } } } } } },
      messages: ['misplaced'],
    },
  ],
});
