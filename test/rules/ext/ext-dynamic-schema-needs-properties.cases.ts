import rule from '../../../src/rules/ext/ext-dynamic-schema-needs-properties.js';
import { defineCases } from '../../helpers/rule-tester.js';

/** An operation with a `siteId` query parameter and a body whose `fields` property gets its schema by `reference`. */
const operation = (reference: string, extra: object = {}, bodyProperties: object = {}, valuePath = 'schema') => ({
  apiDefinition: {
    definitions: {
      NewItem: {
        type: 'object',
        properties: {
          ...bodyProperties,
          listId: { type: 'string' },
          fields: { type: 'object', 'x-ms-dynamic-schema': { operationId: 'ListStations', parameters: { search: { parameter: reference } }, 'value-path': valuePath }, ...extra },
        },
      },
    },
    paths: {
      '/items': {
        post: {
          operationId: 'AddItem',
          parameters: [
            { name: 'siteId', in: 'query', type: 'string', required: true },
            { name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/NewItem' } },
          ],
          responses: { '201': { description: 'Created.' } },
        },
      },
    },
  },
});

export default defineCases({
  rule,
  valid: [
    { name: 'a reference to a parameter', patch: operation('siteId') },
    { name: 'x-ms-dynamic-properties beside it', patch: operation('listId', { 'x-ms-dynamic-properties': { operationId: 'ListStations', parameters: { search: { parameterReference: 'body/listId' } } } }, {}, 'schema/properties') },
  ],
  invalid: [
    { name: 'a body property', patch: operation('listId'), messages: ['insideParameter'] },
    { name: 'a name that is both', patch: operation('siteId', {}, { siteId: { type: 'string' } }), messages: ['ambiguous'] },
    { name: 'a value-path ending in properties', patch: operation('siteId', {}, {}, 'schema/properties'), messages: ['propertiesPath'] },
  ],
});
