import rule from '../../../src/rules/ext/ext-dynamic-params-complete.js';
import { defineCases } from '../../helpers/rule-tester.js';

/** Dynamic values on the station list's search parameter, calling the tides operation with `parameters`. */
const call = (parameters: object | undefined, tides: object = {}) => ({
  apiDefinition: {
    paths: {
      '/stations': { get: { parameters: [{ name: 'search', in: 'query', type: 'string', 'x-ms-dynamic-values': { operationId: 'GetTidePredictions', parameters, 'value-path': 'stationId' } }] } },
      '/stations/{stationId}/tides': { get: tides },
    },
  },
});

export default defineCases({
  rule,
  valid: [
    { name: 'every required parameter given', patch: call({ stationId: 'A1', date: '2024-06-01' }) },
    {
      name: 'a required parameter with a default',
      patch: call({ stationId: 'A1' }, { parameters: [{ name: 'stationId', in: 'path', type: 'string', required: true }, { name: 'date', in: 'query', type: 'string', required: true, default: 'today' }] }),
    },
  ],
  invalid: [
    { name: 'no parameters at all', patch: call(undefined), messages: ['missing', 'missing'] },
    { name: 'one missing', patch: call({ stationId: 'A1' }), messages: ['missing'] },
  ],
});
