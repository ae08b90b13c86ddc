import rule from '../../../src/rules/ext/ext-dynamic-params-required.js';
import { defineCases } from '../../helpers/rule-tester.js';

/** A `station` input and dynamic values on the search parameter that feed it to the tides operation's station id. */
const call = (station: object, argument: object = { parameter: 'station' }) => ({
  apiDefinition: {
    paths: {
      '/stations': {
        get: {
          parameters: [
            { name: 'station', in: 'query', type: 'string', ...station },
            { name: 'search', in: 'query', type: 'string', 'x-ms-dynamic-values': { operationId: 'GetTidePredictions', parameters: { stationId: argument, date: 'today' } } },
          ],
        },
      },
    },
  },
});

/**
 * A body whose `search` property lists values fed from `body/station`. AXtension Content Gate (certified), Store-Content:
 * the body parameter says `required: false` while the schema's required list holds the source.
 */
const bodyCall = (bodyRequired: boolean, required: string[]) => ({
  apiDefinition: {
    paths: {
      '/stations': {
        post: {
          operationId: 'AddStation',
          parameters: [
            {
              name: 'body',
              in: 'body',
              required: bodyRequired,
              schema: {
                type: 'object',
                required,
                properties: {
                  station: { type: 'string' },
                  search: { type: 'string', 'x-ms-dynamic-list': { operationId: 'GetTidePredictions', parameters: { stationId: { parameterReference: 'body/station' }, date: { value: 'today' } } } },
                },
              },
            },
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
    { name: 'a required source', patch: call({ required: true }) },
    { name: 'a literal', patch: call({}, 'A1' as unknown as object) },
    { name: "required by the body schema of an optional body parameter (AXtension Content Gate)", patch: bodyCall(false, ['station']) },
  ],
  invalid: [
    { name: 'an optional source', patch: call({ required: false }), messages: ['optionalSource'] },
    { name: 'an optional body property', patch: bodyCall(true, []), messages: ['optionalSource'] },
  ],
});
