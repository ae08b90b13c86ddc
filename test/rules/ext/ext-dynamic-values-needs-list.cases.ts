import rule from '../../../src/rules/ext/ext-dynamic-values-needs-list.js';
import { defineCases } from '../../helpers/rule-tester.js';

/** An operation with a `siteId` query parameter and a body whose `listId` property lists values by `reference`. */
const operation = (reference: string, extra: object = {}, bodyProperties: object = {}) => ({
  apiDefinition: {
    definitions: {
      NewItem: {
        type: 'object',
        properties: {
          ...bodyProperties,
          folderId: { type: 'string' },
          listId: { type: 'string', 'x-ms-dynamic-values': { operationId: 'ListStations', parameters: { search: { parameter: reference } } }, ...extra },
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
    { name: 'a body reference with x-ms-dynamic-list beside it', patch: operation('folderId', { 'x-ms-dynamic-list': { operationId: 'ListStations', parameters: { search: { parameterReference: 'body/folderId' } } } }) },
    { name: 'a definition no operation uses', patch: { apiDefinition: { definitions: { Loose: { 'x-ms-dynamic-values': { operationId: 'ListStations', parameters: { search: { parameter: 'x/y' } } } } } } } },
  ],
  invalid: [
    { name: 'a body property', patch: operation('folderId'), messages: ['insideParameter'] },
    { name: 'a path into a parameter', patch: operation('body/folderId'), messages: ['insideParameter'] },
    { name: 'a name that is both', patch: operation('siteId', {}, { siteId: { type: 'string' } }), messages: ['ambiguous'] },
  ],
});
