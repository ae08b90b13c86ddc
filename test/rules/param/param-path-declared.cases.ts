import rule from '../../../src/rules/param/param-path-declared.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { addPaths, newOperation, stationIdParameter, withRootParameters } from '../op/helpers.js';

// Hyphenated names keep the paths quoted in messages apart from message placeholders in the tester's check.
const regionId = { ...stationIdParameter, name: 'region-id', 'x-ms-summary': 'Region ID' };

export default defineCases({
  rule,
  valid: [
    { name: 'one parameter per variable', patch: {} },
    { name: 'declared at path level', patch: addPaths({ '/regions/{region-id}': { parameters: [regionId], get: newOperation('GetRegion') } }) },
    {
      name: 'declared by reference',
      patch: withRootParameters(addPaths({ '/regions/{region-id}': { get: newOperation('GetRegion', { parameters: [{ $ref: '#/parameters/region' }] }) } }), { region: regionId }),
    },
  ],
  invalid: [
    { name: 'variable without parameter', patch: addPaths({ '/regions/{region-id}': { get: newOperation('GetRegion') } }), messages: ['undeclared'] },
    { name: 'parameter not in the path', patch: addPaths({ '/regions/{region-id}': { get: newOperation('GetRegion', { parameters: [regionId, { ...regionId, name: 'zone-id' }] }) } }), messages: ['notInTemplate'] },
    {
      name: 'path-level parameter not in the path, reported once',
      patch: addPaths({ '/regions': { parameters: [regionId], get: newOperation('ListRegions'), post: newOperation('AddRegion') } }),
      messages: ['notInTemplate'],
    },
  ],
});
