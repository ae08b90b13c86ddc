import rule from '../../../src/rules/ext/ext-dynamic-target-shape.js';
import { defineCases } from '../../helpers/rule-tester.js';

/** The extension on the tides operation's station parameter. */
const on = (name: string, value: object, definitions: object = {}) => ({
  apiDefinition: { definitions, paths: { '/stations/{stationId}/tides': { get: { parameters: [{ name: 'stationId', in: 'path', type: 'string', required: true, [name]: value }] } } } },
});

const radars = on('x-ms-dynamic-values', { operationId: 'GetRadars', 'value-path': 'code', 'value-collection': 'collection', 'value-title': 'location' });
const radarItem = { type: 'object', properties: { code: { type: 'string' }, location: { type: 'string' } } };
const radarsOperation = {
  get: { operationId: 'GetRadars', summary: 'Get radars', description: 'Lists the radars.', responses: { '200': { description: 'OK', schema: { type: 'object', properties: { collection: { type: 'array', items: radarItem } } } } } },
};

export default defineCases({
  rule,
  valid: [
    { name: 'fields of the returned array items', patch: on('x-ms-dynamic-values', { operationId: 'ListStations', 'value-path': 'id', 'value-title': 'name' }) },
    { name: 'a collection inside an object', patch: on('x-ms-dynamic-list', { operationId: 'GetTidePredictions', itemsPath: 'tides', itemValuePath: 'time', itemTitlePath: 'kind' }) },
    { name: 'a free-form response says nothing', patch: on('x-ms-dynamic-values', { operationId: 'ListStations', 'value-path': 'code' }, { Station: { properties: null } }) },
    // DPIRD Radar (corpus): GetRadars returns {"collection": [{"code", "location"}]}.
    { corpus: 'DPIRD Radar', name: 'a value collection as DPIRD Radar writes it', patch: { apiDefinition: { ...radars.apiDefinition, paths: { ...radars.apiDefinition.paths, '/radars': radarsOperation } } } },
    { name: 'a dynamic schema read at the root', patch: on('x-ms-dynamic-schema', { operationId: 'GetTidePredictions' }) },
  ],
  invalid: [
    { name: 'a field the items do not have', patch: on('x-ms-dynamic-values', { operationId: 'ListStations', 'value-path': 'code', 'value-title': 'name' }), messages: ['noProperty'] },
    { name: 'a collection that does not exist', patch: on('x-ms-dynamic-values', { operationId: 'ListStations', 'value-collection': 'value', 'value-path': 'id' }), messages: ['noArray'] },
    { name: 'an object response without a collection path', patch: on('x-ms-dynamic-list', { operationId: 'GetTidePredictions', itemValuePath: 'time' }), messages: ['noArray'] },
    { name: 'a field in another letter case', patch: on('x-ms-dynamic-values', { operationId: 'ListStations', 'value-path': 'ID', 'value-title': 'name' }), messages: ['caseOnly'] },
    { name: 'a collection in another letter case', patch: on('x-ms-dynamic-list', { operationId: 'GetTidePredictions', itemsPath: 'Tides', itemValuePath: 'time', itemTitlePath: 'kind' }), messages: ['caseOnly'] },
    { name: 'a dynamic schema path that does not exist', patch: on('x-ms-dynamic-properties', { operationId: 'GetTidePredictions', itemValuePath: 'schema' }), messages: ['noProperty'] },
  ],
});
