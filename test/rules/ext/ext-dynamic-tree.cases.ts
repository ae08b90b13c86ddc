import rule from '../../../src/rules/ext/ext-dynamic-tree.js';
import { defineCases } from '../../helpers/rule-tester.js';

const picker = (extensions: object) => ({
  apiDefinition: { paths: { '/stations/{stationId}/tides': { get: { parameters: [{ name: 'stationId', in: 'path', type: 'string', required: true, ...extensions }] } } } },
});
const values = { 'x-ms-dynamic-values': { capability: 'file-picker', 'value-path': 'id' } };
const tree = { settings: { canSelectFolders: false }, open: { operationId: 'ListStations' }, browse: { operationId: 'ListStations', selectedItemValuePath: 'id' } };

export default defineCases({
  rule,
  valid: [
    { name: 'a file picker with a tree', patch: picker({ ...values, 'x-ms-dynamic-tree': tree }) },
    { name: 'dynamic values without the file picker', patch: picker({ 'x-ms-dynamic-values': { operationId: 'ListStations', 'value-path': 'id' } }) },
  ],
  invalid: [
    { name: 'a file picker without a tree', patch: picker(values), messages: ['treeMissing'] },
    { name: 'a tree that is a string', patch: picker({ 'x-ms-dynamic-tree': 'ListStations' }), messages: ['notObject'] },
    { name: 'an open call that is a string, and an unknown key', patch: picker({ 'x-ms-dynamic-tree': { ...tree, open: 'ListStations', search: {} } }), messages: ['notObject', 'unknownKey'] },
    { name: 'selectedItemValuePath outside browse', patch: picker({ 'x-ms-dynamic-tree': { ...tree, open: { operationId: 'ListStations', selectedItemValuePath: 'id' } } }), messages: ['selectedItemValuePath'] },
    { name: 'selectedItemValuePath in dynamic values', patch: picker({ 'x-ms-dynamic-values': { operationId: 'ListStations', selectedItemValuePath: 'id' } }), messages: ['selectedItemValuePath'] },
  ],
});
