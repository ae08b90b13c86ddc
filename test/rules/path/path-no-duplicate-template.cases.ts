import rule from '../../../src/rules/path/path-no-duplicate-template.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { addPaths, newOperation } from '../op/helpers.js';

// Hyphenated variable names keep the paths quoted in messages apart from message placeholders in the tester's check.
const regions = (path: string, method = 'get') =>
  addPaths({ '/regions/{region-id}/tides': { get: newOperation('GetRegionTides') }, [path]: { [method]: newOperation('Other') } });

export default defineCases({
  rule,
  valid: [
    { name: 'different methods', patch: regions('/regions/{region-code}/tides', 'post') },
    { name: 'a static segment differs', patch: regions('/regions/{region-code}/heights') },
    { name: 'same path in another case is path-unique-case-insensitive', patch: regions('/Regions/{region-id}/Tides') },
  ],
  invalid: [
    { name: 'variable renamed', patch: regions('/regions/{region-code}/tides'), messages: ['duplicate'] },
    { name: 'variable renamed and case changed', patch: regions('/REGIONS/{region-code}/tides'), messages: ['duplicate'] },
  ],
});
