import rule from '../../../src/rules/schema/schema-readonly-required-input.js';
import { defineCases } from '../../helpers/rule-tester.js';

const post = (schema: unknown, definitions: object = {}) => ({
  apiDefinition: {
    definitions,
    paths: { '/stations': { post: { operationId: 'AddStation', parameters: [{ name: 'body', in: 'body', required: true, schema }], responses: { '201': { description: 'Created.' } } } } },
  },
});

export default defineCases({
  rule,
  valid: [
    { name: 'read-only but optional', patch: post({ type: 'object', properties: { id: { type: 'string', readOnly: true } } }) },
    { name: 'read-only and required in a response only', patch: { apiDefinition: { definitions: { Station: { required: ['id'], properties: { id: { readOnly: true } } } } } } },
    { name: 'a recursive body schema', patch: post({ $ref: '#/definitions/Node' }, { Node: { type: 'object', properties: { next: { $ref: '#/definitions/Node' } } } }) },
  ],
  invalid: [
    { name: 'an inline body property', patch: post({ type: 'object', required: ['id'], properties: { id: { type: 'string', readOnly: true } } }), messages: ['readOnlyRequired'] },
    {
      name: 'a referenced definition used as body, and as property of itself',
      patch: post({ $ref: '#/definitions/Station' }, { Station: { required: ['id'], properties: { id: { readOnly: true }, parent: { $ref: '#/definitions/Station' } } } }),
      messages: ['readOnlyRequired'],
    },
  ],
});
