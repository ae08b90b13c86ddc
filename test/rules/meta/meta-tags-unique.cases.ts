import rule from '../../../src/rules/meta/meta-tags-unique.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'no tags', patch: {} },
    { name: 'distinct tags', patch: { apiDefinition: { tags: [{ name: 'Stations' }, { name: 'Tides' }] } } },
    { name: 'names that differ in case', patch: { apiDefinition: { tags: [{ name: 'Tides' }, { name: 'tides' }] } } },
  ],
  invalid: [
    { name: 'a repeated tag', patch: { apiDefinition: { tags: [{ name: 'Tides' }, { name: 'Stations' }, { name: 'Tides' }] } }, messages: ['duplicate'], fixes: [[{ op: 'remove', path: '/tags/2' }]] },
    { name: 'three times, the last with a description', patch: { apiDefinition: { tags: [{ name: 'A' }, { name: 'A' }, { name: 'B' }, { name: 'A', description: 'Two.' }] } }, messages: ['duplicate', 'duplicate'], fixes: [[{ op: 'remove', path: '/tags/1' }]], profile: 'custom' },
    // Which description to keep is the author's choice: no fix.
    { name: 'a repeat with another description', patch: { apiDefinition: { tags: [{ name: 'A', description: 'One.' }, { name: 'A', description: 'Two.' }] } }, messages: ['duplicate'], profile: 'custom' },
  ],
});
