import rule from '../../../src/rules/param/param-reuse.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { addPaths, newOperation, searchParameter as stationSearch, withRootParameters } from '../op/helpers.js';

const searchParameter = { ...stationSearch, name: 'region' };

const lists = (...parameters: unknown[]) => ({
  '/regions': { get: newOperation('ListRegions', { parameters }) },
  '/areas': { get: newOperation('ListAreas', { parameters }) },
});

export default defineCases({
  rule,
  valid: [
    { name: 'two copies', patch: addPaths(lists(searchParameter)) },
    { name: 'shared by reference', patch: withRootParameters(addPaths({ ...lists({ $ref: '#/parameters/search' }) }), { search: searchParameter }) },
    { name: 'copies that differ', patch: addPaths({ ...lists({ ...searchParameter, description: 'Text the region name contains.' }) }) },
  ],
  invalid: [
    { name: 'three copies', patch: addPaths({ ...lists(searchParameter), '/zones': { get: newOperation('ListZones', { parameters: [searchParameter] }) } }), messages: ['repeated'] },
    {
      name: 'copies whose descriptions differ only in the final full stop',
      patch: addPaths({ ...lists(searchParameter), '/zones': { get: newOperation('ListZones', { parameters: [{ ...searchParameter, description: searchParameter.description.replace(/\.$/, '') }] }) } }),
      messages: ['repeated'],
    },
  ],
});
