import rule from '../../../src/rules/schema/schema-required-defined.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'required names that exist', patch: { apiDefinition: { definitions: { Station: { required: ['id', 'name'] } } } } },
    {
      name: 'a name defined in an allOf part',
      patch: { apiDefinition: { definitions: { Extended: { type: 'object', allOf: [{ $ref: '#/definitions/Station' }], properties: { extra: { type: 'string' } }, required: ['id', 'extra'] } } } },
    },
    {
      name: 'an allOf part requiring a sibling part\'s property',
      patch: { apiDefinition: { definitions: { Extended: { allOf: [{ $ref: '#/definitions/Station' }, { type: 'object', required: ['name'] }] } } } },
    },
    {
      name: 'allOf parts that refer to each other',
      patch: { apiDefinition: { definitions: { A: { allOf: [{ $ref: '#/definitions/B' }], properties: { a: { type: 'string' } }, required: ['b'] }, B: { allOf: [{ $ref: '#/definitions/A' }], properties: { b: { type: 'string' } } } } } },
    },
    {
      name: "a list beside type array, left to schema-required-object-only (PIPware KPIs)",
      patch: { apiDefinition: { definitions: { Targets: { type: 'array', items: { type: 'object', properties: { kpiCode: { type: 'string' } } }, required: ['kpiCode'] } } } },
    },
  ],
  invalid: [
    { name: 'a misspelt name', patch: { apiDefinition: { definitions: { Station: { required: ['idd'] } } } }, messages: ['undefinedName'] },
    { name: 'required without properties', patch: { apiDefinition: { definitions: { Bag: { type: 'object', required: ['a', 'b'] } } } }, messages: ['undefinedName', 'undefinedName'] },
  ],
});
