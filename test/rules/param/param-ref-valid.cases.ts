import rule from '../../../src/rules/param/param-ref-valid.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { searchParameter, stationsWithParameters, withRootParameters } from '../op/helpers.js';

const using = (ref: string, definitions: Record<string, unknown> = { search: searchParameter }) =>
  withRootParameters(stationsWithParameters({ $ref: ref }), definitions);

export default defineCases({
  rule,
  valid: [
    { name: 'reference to a root parameter', patch: using('#/parameters/search') },
    { name: 'percent-encoded name', patch: using('#/parameters/search%20text', { 'search text': searchParameter }) },
    { name: 'schema references are not parameter references', patch: { apiDefinition: { definitions: { Alias: { $ref: '#/definitions/Station' } } } } },
  ],
  invalid: [
    { name: 'dangling', patch: using('#/parameters/missing'), messages: ['notFound'] },
    { name: 'outside root parameters', patch: using('#/definitions/Station'), messages: ['notValid'] },
    { name: 'external file', patch: using('common.json#/parameters/search'), messages: ['notValid'] },
    { name: 'too deep', patch: using('#/parameters/search/name'), messages: ['notValid'] },
    { name: 'not a parameter object', patch: using('#/parameters/search', { search: 'text' }), messages: ['notParameter'] },
    {
      name: 'definition that is itself a reference',
      patch: using('#/parameters/alias', { alias: { $ref: '#/parameters/search' }, search: searchParameter }),
      messages: ['loop'],
    },
    {
      name: 'cycle between definitions',
      patch: using('#/parameters/a', { a: { $ref: '#/parameters/b' }, b: { $ref: '#/parameters/a' } }),
      messages: ['loop', 'loop'],
    },
    { name: 'definition that refers to itself', patch: using('#/parameters/self', { self: { $ref: '#/parameters/self' } }), messages: ['loop'] },
  ],
});
