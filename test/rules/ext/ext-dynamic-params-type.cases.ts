import rule from '../../../src/rules/ext/ext-dynamic-params-type.js';
import { defineCases } from '../../helpers/rule-tester.js';

/** A `limit` operation input and dynamic values on the station list's search parameter, calling the tides operation. */
const call = (parameters: object, limit: object = { type: 'integer' }) => ({
  apiDefinition: {
    paths: {
      '/stations': {
        get: {
          parameters: [
            { name: 'limit', in: 'query', required: true, ...limit },
            { name: 'search', in: 'query', type: 'string', 'x-ms-dynamic-values': { operationId: 'GetTidePredictions', parameters } },
          ],
        },
      },
      '/stations/{stationId}/tides': { get: { parameters: [{ name: 'stationId', in: 'path', type: 'string', required: true }, { name: 'count', in: 'query', type: 'number' }] } },
    },
  },
});

export default defineCases({
  rule,
  valid: [
    { name: 'a string literal for a string', patch: call({ stationId: 'A1' }) },
    { name: 'an integer input for a number', patch: call({ stationId: 'A1', count: { parameter: 'limit' } }) },
    { name: 'an unknown target parameter is another rule', patch: call({ nothing: 5 }) },
  ],
  invalid: [
    { name: 'a number literal for a string', patch: call({ stationId: 42 }), messages: ['staticMismatch'] },
    { name: 'an integer input for a string', patch: call({ stationId: { parameter: 'limit' } }), messages: ['referenceMismatch'] },
  ],
});
