import rule from '../../../src/rules/ext/ext-dynamic-values-shape.js';
import { defineCases } from '../../helpers/rule-tester.js';

const values = (value: unknown) => ({
  apiDefinition: { paths: { '/stations/{stationId}/tides': { get: { parameters: [{ name: 'stationId', in: 'path', type: 'string', required: true, 'x-ms-dynamic-values': value }] } } } },
});

export default defineCases({
  rule,
  valid: [
    { name: 'an operation with paths', patch: values({ operationId: 'ListStations', 'value-path': 'id', 'value-title': 'name' }) },
    { name: 'literal and parameter arguments', patch: values({ operationId: 'ListStations', parameters: { search: { parameter: 'date' }, limit: 10, filter: { kind: 'tide' } } }) },
    { name: 'a built-in operation', patch: values({ builtInOperation: 'AadGraph.GetUsers' }) },
  ],
  invalid: [
    { name: 'a string', patch: values('ListStations'), messages: ['notObject'] },
    { name: 'no source', patch: values({ 'value-path': 'id' }), messages: ['noSource'] },
    { name: 'two sources', patch: values({ operationId: 'ListStations', capability: 'file-picker' }), messages: ['manySources'] },
    { name: 'an unknown built-in operation', patch: values({ builtInOperation: 'Graph.GetGroups' }), messages: ['badValue'] },
    { name: 'a number path and a key of x-ms-dynamic-list', patch: values({ operationId: 'ListStations', 'value-path': 1, itemsPath: 'value' }), messages: ['notString', 'unknownKey'] },
    { name: 'parameters as a list', patch: values({ operationId: 'ListStations', parameters: ['search'] }), messages: ['parametersNotObject'] },
    { name: 'a parameter reference with extra keys', patch: values({ operationId: 'ListStations', parameters: { search: { parameter: 'date', value: 'x' } } }), messages: ['badArgument'] },
  ],
});
