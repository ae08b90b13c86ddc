import rule from '../../../src/rules/schema/schema-keyword-supported.js';
import { defineCases } from '../../helpers/rule-tester.js';

const property = (schema: object) => ({ apiDefinition: { definitions: { Station: { properties: { code: schema } } } } });

export default defineCases({
  rule,
  valid: [{ name: 'Swagger 2.0 keywords', patch: property({ allOf: [{ type: 'string' }] }) }],
  invalid: [
    { name: 'oneOf', patch: property({ oneOf: [{ type: 'string' }, { type: 'integer' }] }), messages: ['unsupported'] },
    { name: 'anyOf and nullable', patch: property({ anyOf: [{ type: 'string' }], nullable: true }), messages: ['unsupported', 'unsupported'] },
    { name: 'not in a body schema', patch: { apiDefinition: { paths: { '/stations': { post: { operationId: 'Add', parameters: [{ name: 'body', in: 'body', schema: { not: { type: 'string' } } }], responses: { '204': { description: 'Done.' } } } } } } }, messages: ['unsupported'] },
  ],
});
