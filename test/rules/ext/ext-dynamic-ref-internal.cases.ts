import rule from '../../../src/rules/ext/ext-dynamic-ref-internal.js';
import { defineCases } from '../../helpers/rule-tester.js';

/** A body whose `site` object holds `id`, and a property whose dynamic list reads `body/site/id`. */
const body = (site: object) => ({
  apiDefinition: {
    definitions: {
      NewItem: {
        type: 'object',
        properties: {
          site: { type: 'object', properties: { id: { type: 'string' } }, ...site },
          listId: { type: 'string', 'x-ms-dynamic-list': { operationId: 'ListStations', parameters: { search: { parameterReference: 'body/site/id' } } } },
        },
      },
    },
    paths: {
      '/items': {
        post: { operationId: 'AddItem', parameters: [{ name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/NewItem' } }], responses: { '201': { description: 'Created.' } } },
      },
    },
  },
});

export default defineCases({
  rule,
  valid: [{ name: 'a visible source', patch: body({}) }],
  invalid: [
    { name: 'an internal parent', patch: body({ 'x-ms-visibility': 'internal' }), messages: ['internal'] },
    {
      name: 'an internal parameter',
      patch: {
        apiDefinition: {
          paths: {
            '/stations': {
              get: {
                parameters: [
                  { name: 'api-version', in: 'query', type: 'string', required: true, default: '1', 'x-ms-visibility': 'internal' },
                  { name: 'search', in: 'query', type: 'string', 'x-ms-dynamic-values': { operationId: 'ListStations', parameters: { search: { parameter: 'api-version' } } } },
                ],
              },
            },
          },
        },
      },
      messages: ['internal'],
    },
  ],
});
