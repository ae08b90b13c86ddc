import rule from '../../../src/rules/schema/schema-ref-valid.js';
import { defineCases } from '../../helpers/rule-tester.js';

const tides = (ref: string, definitions: object = {}) => ({
  apiDefinition: { definitions, paths: { '/stations/{stationId}/tides': { get: { responses: { '200': { schema: { $ref: ref } } } } } } },
});

export default defineCases({
  rule,
  valid: [
    { name: 'references to definitions', patch: {} },
    { name: 'a recursive definition', patch: { apiDefinition: { definitions: { Station: { properties: { nearby: { type: 'array', items: { $ref: '#/definitions/Station' } } } } } } } },
    { name: 'an encoded name', patch: tides('#/definitions/Tide%20Table', { 'Tide Table': { type: 'object', properties: { id: { type: 'string' } } } }) },
  ],
  invalid: [
    { name: 'a dangling reference', patch: tides('#/definitions/Missing'), messages: ['notFound'] },
    { name: 'a reference to parameters', patch: tides('#/parameters/Station'), messages: ['notValid'] },
    { name: 'an external file', patch: tides('common.json#/definitions/Station'), messages: ['notValid'] },
    { name: 'not a JSON pointer', patch: tides('#definitions/Station'), messages: ['notValid'] },
    { name: 'a reference inside a definition', patch: tides('#/definitions/TidePredictions/properties/tides'), messages: ['notDirect'] },
    { name: 'a definition that aliases another', patch: tides('#/definitions/Tides', { Tides: { $ref: '#/definitions/TidePredictions' } }), messages: ['aliasDefinition'] },
    {
      name: 'a reference cycle between definitions',
      patch: tides('#/definitions/A', { A: { $ref: '#/definitions/B' }, B: { $ref: '#/definitions/A' } }),
      messages: ['aliasDefinition', 'aliasDefinition'],
    },
    {
      name: 'a dangling reference in a body parameter',
      patch: { apiDefinition: { paths: { '/stations': { post: { operationId: 'AddStation', parameters: [{ name: 'body', in: 'body', schema: { $ref: '#/definitions/NewStation' } }], responses: { '201': { description: 'Created.' } } } } } } },
      messages: ['notFound'],
    },
  ],
});
