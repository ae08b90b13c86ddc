import rule from '../../../src/rules/param/param-unique.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { addPaths, newOperation, searchParameter, stationsWithParameters, withRootParameters } from '../op/helpers.js';

export default defineCases({
  rule,
  valid: [
    { name: 'distinct parameters', patch: {} },
    { name: 'same name in another location', patch: stationsWithParameters(searchParameter, { ...searchParameter, in: 'header' }) },
    {
      name: 'operation overrides a path-level parameter',
      patch: addPaths({ '/regions': { parameters: [searchParameter], get: newOperation('ListRegions', { parameters: [searchParameter] }) } }),
    },
  ],
  invalid: [
    { name: 'same name and location twice', patch: stationsWithParameters(searchParameter, { ...searchParameter, description: 'Another.' }), messages: ['duplicate'] },
    {
      name: 'same reference twice',
      patch: withRootParameters(stationsWithParameters({ $ref: '#/parameters/search' }, { $ref: '#/parameters/search' }), { search: searchParameter }),
      messages: ['duplicate'], fixes: [[{ op: 'remove', path: '/paths/~1stations/get/parameters/1' }]],
    },
    { name: 'path level', patch: addPaths({ '/regions': { parameters: [searchParameter, searchParameter], get: newOperation('ListRegions') } }), messages: ['duplicate'], fixes: [[{ op: 'remove', path: '/paths/~1regions/parameters/1' }]] },
  ],
});
