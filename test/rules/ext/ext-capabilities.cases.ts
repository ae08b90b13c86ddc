import rule from '../../../src/rules/ext/ext-capabilities.js';
import { defineCases } from '../../helpers/rule-tester.js';

const root = (value: unknown) => ({ apiDefinition: { 'x-ms-capabilities': value } });
const operation = (value: unknown) => ({ apiDefinition: { paths: { '/stations': { get: { 'x-ms-capabilities': value } } } } });

export default defineCases({
  rule,
  valid: [
    {
      name: 'a file picker and a connection test',
      patch: root({
        'file-picker': { open: { operationId: 'ListStations' }, browse: { operationId: 'ListStations', parameters: { search: { 'value-property': 'id' } } }, 'value-title': 'name' },
        testConnection: { operationId: 'ListStations', parameters: { search: 'a' } },
      }),
    },
    { name: 'chunked transfer', patch: operation({ chunkTransfer: true }) },
  ],
  invalid: [
    { name: 'a boolean at the root', patch: root(true), messages: ['notObject'] },
    { name: 'an unknown root capability', patch: root({ fileUpload: {} }), messages: ['unknownKey'] },
    {
      name: 'value-path in a file picker (Asite (US Gov.)), reported here and not by meta-no-unknown-keys',
      patch: root({ 'file-picker': { open: { operationId: 'ListStations' }, 'value-title': 'name', 'value-path': 'id' } }),
      messages: ['unknownKey'],
    },
    { name: 'a file picker without open', patch: root({ 'file-picker': { browse: { operationId: 'ListStations' } } }), messages: ['missingCall'] },
    { name: 'a connection test without operationId', patch: root({ testConnection: { parameters: {} } }), messages: ['missingCall'] },
    { name: 'a number title and operationId', patch: root({ 'file-picker': { open: { operationId: 5 }, 'value-title': 3 } }), messages: ['notString', 'notString'] },
    { name: 'a connection test reading a parameter', patch: root({ testConnection: { operationId: 'ListStations', parameters: { search: { parameter: 'search' } } } }), messages: ['notLiteral'] },
    { name: 'a string chunkTransfer and an unknown key', patch: operation({ chunkTransfer: 'yes', streaming: true }), messages: ['notBoolean', 'unknownKey'] },
  ],
});
