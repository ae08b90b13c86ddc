import rule from '../../../src/rules/props/props-allowed-keys.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'documented keys', patch: {} },
    { name: 'script operations and parameter sets', patch: { apiProperties: { properties: { scriptOperations: [], connectionParameterSets: { values: [] } } } } },
  ],
  invalid: [
    // The documented key is there too, so renaming would overwrite it: no fix.
    { name: 'a misspelled key', patch: { apiProperties: { properties: { iconBrandColour: '#da3b01' } } }, messages: ['misspelled'] },
    { name: 'a key in another case', patch: { apiProperties: { properties: { stackOwner: null, stackowner: 'Tidewatch' } } }, messages: ['misspelled'], fixes: [[{ op: 'remove', path: '/properties/stackowner' }, { op: 'add', path: '/properties/stackOwner', value: 'Tidewatch' }]] },
    { name: 'an unknown key', patch: { apiProperties: { properties: { website: 'https://tidewatch.example.com' } } }, messages: ['unknown'] },
  ],
});
