import rule from '../../../src/rules/schema/schema-filter-functions.js';
import { defineCases } from '../../helpers/rule-tester.js';

const property = (schema: object) => ({ apiDefinition: { definitions: { Station: { properties: { name: schema } } } } });
const body = (schema: object) => ({
  apiDefinition: { paths: { '/stations': { post: { operationId: 'Add', parameters: [{ name: 'body', in: 'body', schema }], responses: { '204': { description: 'Done.' } } } } } },
});

export default defineCases({
  rule,
  valid: [
    { name: 'a response column with filter functions', patch: property({ 'x-ms-capabilities': { filterFunctions: ['eq', 'startswith'] } }) },
    { name: 'filterFunctions on a schema', patch: property({ filterFunctions: ['eq'] }) },
  ],
  invalid: [
    { name: 'an empty list', patch: property({ filterFunctions: [] }), messages: ['empty'] },
    { name: 'a repeated function', patch: property({ 'x-ms-capabilities': { filterFunctions: ['eq', 'eq'] } }), messages: ['duplicate'] },
    { name: 'in a request body', patch: body({ type: 'object', properties: { name: { type: 'string', filterFunctions: ['eq'] } } }), messages: ['inInput'] },
  ],
});
