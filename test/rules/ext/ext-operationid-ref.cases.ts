import rule from '../../../src/rules/ext/ext-operationid-ref.js';
import { defineCases } from '../../helpers/rule-tester.js';

const dynamic = (name: string, value: object) => ({
  apiDefinition: { paths: { '/stations/{stationId}/tides': { get: { parameters: [{ name: 'stationId', in: 'path', type: 'string', required: true, [name]: value }] } } } },
});

export default defineCases({
  rule,
  valid: [
    { name: 'dynamic values naming an operation', patch: dynamic('x-ms-dynamic-values', { operationId: 'ListStations', 'value-path': 'id' }) },
    { name: 'a built-in operation', patch: dynamic('x-ms-dynamic-values', { builtInOperation: 'AadGraph.GetUsers' }) },
  ],
  invalid: [
    { name: 'a misspelt dynamic values operation', patch: dynamic('x-ms-dynamic-values', { operationId: 'ListStation', 'value-path': 'id' }), messages: ['notFound'] },
    { name: 'a dynamic tree with two unknown calls', patch: dynamic('x-ms-dynamic-tree', { settings: {}, open: { operationId: 'Open' }, browse: { operationId: 'Browse' } }), messages: ['notFound', 'notFound'] },
    { name: 'an operation context', patch: { apiDefinition: { paths: { '/stations': { get: { 'x-ms-operation-context': { simulate: { operationId: 'Simulate' } } } } } } }, messages: ['notFound'] },
    { name: 'root capabilities', patch: { apiDefinition: { 'x-ms-capabilities': { testConnection: { operationId: 'Ping' }, 'file-picker': { open: { operationId: 'ListStations' } } } } }, messages: ['notFound'] },
    { name: 'a dynamic schema inside a definition', patch: { apiDefinition: { definitions: { Station: { 'x-ms-dynamic-schema': { operationId: 'GetSchema' } } } } }, messages: ['notFound'] },
  ],
});
