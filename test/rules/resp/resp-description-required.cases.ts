import rule from '../../../src/rules/resp/resp-description-required.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'described responses', patch: {} },
    { name: 'an empty description is still present', patch: { apiDefinition: { paths: { '/stations': { get: { responses: { '200': { description: '' } } } } } } } },
    { name: 'a reference needs no description', patch: { apiDefinition: { responses: { Ok: { description: 'OK.' } }, paths: { '/stations': { get: { responses: { '204': { $ref: '#/responses/Ok' } } } } } } } },
  ],
  invalid: [
    { name: 'an operation response without description', patch: { apiDefinition: { paths: { '/stations': { get: { responses: { '200': { description: null } } } } } } }, messages: ['missing'] },
    { name: 'a shared response without description', patch: { apiDefinition: { responses: { Ok: { schema: { type: 'string' } } } } }, messages: ['missing'] },
  ],
});
