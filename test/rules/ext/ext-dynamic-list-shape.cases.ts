import rule from '../../../src/rules/ext/ext-dynamic-list-shape.js';
import { defineCases } from '../../helpers/rule-tester.js';

const list = (value: unknown) => ({
  apiDefinition: { paths: { '/stations/{stationId}/tides': { get: { parameters: [{ name: 'stationId', in: 'path', type: 'string', required: true, 'x-ms-dynamic-list': value }] } } } },
});

export default defineCases({
  rule,
  valid: [
    { name: 'value and reference arguments', patch: list({ operationId: 'ListStations', itemValuePath: 'id', parameters: { search: { parameterReference: 'date' }, limit: { value: 10 } } }) },
  ],
  invalid: [
    { name: 'a string', patch: list('ListStations'), messages: ['notObject'] },
    { name: 'no operationId', patch: list({ itemsPath: 'value' }), messages: ['missing'] },
    { name: 'a number path and a key of x-ms-dynamic-values', patch: list({ operationId: 'ListStations', itemsPath: 2, 'value-path': 'id' }), messages: ['notString', 'unknownKey'] },
    { name: 'parameters as a string', patch: list({ operationId: 'ListStations', parameters: 'search=a' }), messages: ['parametersNotObject'] },
    { name: 'arguments in the x-ms-dynamic-values form', patch: list({ operationId: 'ListStations', parameters: { search: { parameter: 'date' }, limit: 10 } }), messages: ['badArgument', 'badArgument'] },
  ],
});
