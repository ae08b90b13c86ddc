import rule from '../../../src/rules/schema/schema-required-nonempty.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'no required list', patch: {} },
    { name: 'a required list with a name', patch: { apiDefinition: { definitions: { Station: { required: ['id'] } } } } },
  ],
  invalid: [
    { name: 'an empty required list', patch: { apiDefinition: { definitions: { Station: { required: [] } } } }, messages: ['empty'], fixes: [[{ op: 'remove', path: '/definitions/Station/required' }]] },
    { name: 'in an inline body schema', patch: { apiDefinition: { paths: { '/stations': { post: { operationId: 'AddStation', parameters: [{ name: 'body', in: 'body', schema: { type: 'object', required: [], properties: { id: { type: 'string' } } } }], responses: { '201': { description: 'Created.' } } } } } } }, messages: ['empty'], fixes: [[{ op: 'remove', path: '/paths/~1stations/post/parameters/0/schema/required' }]] },
  ],
});
