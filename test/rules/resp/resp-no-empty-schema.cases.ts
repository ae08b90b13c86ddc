import rule from '../../../src/rules/resp/resp-no-empty-schema.js';
import { defineCases } from '../../helpers/rule-tester.js';

const schema = (value: unknown) => ({ apiDefinition: { paths: { '/stations': { get: { responses: { '200': { schema: value } } } } } } });

export default defineCases({
  rule,
  valid: [
    { name: 'a schema with properties', patch: {} },
    { name: 'a dynamic schema', patch: { apiDefinition: { paths: { '/stations': { get: { responses: { '200': { schema: { type: null, items: null, 'x-ms-dynamic-schema': { operationId: 'ListStations' } } } } } } } } } },
    { name: 'a dictionary', patch: { apiDefinition: { definitions: { Station: { properties: null, additionalProperties: { type: 'string' } } } } } },
    { name: 'a string body', patch: { apiDefinition: { definitions: { TidePredictions: { type: 'string', properties: null } } } } },
    { name: 'an empty schema on default is another rule', patch: { apiDefinition: { paths: { '/stations': { get: { responses: { default: { description: 'Error.', schema: {} } } } } } } } },
  ],
  invalid: [
    { name: 'an empty object schema', patch: schema({ type: 'object', items: null }), messages: ['empty'] },
    { name: 'an empty schema through $ref', patch: { apiDefinition: { definitions: { TidePredictions: { properties: null } } } }, messages: ['emptyRef'] },
    { name: 'a bare {} definition through $ref', patch: { apiDefinition: { definitions: { TidePredictions: { type: null, properties: null } } } }, messages: ['emptyRef'] },
  ],
});
