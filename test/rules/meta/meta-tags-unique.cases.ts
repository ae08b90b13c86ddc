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
    { name: 'three times', patch: { apiDefinition: { tags: [{ name: 'A' }, { name: 'A' }, { name: 'A' }] } }, messages: ['duplicate', 'duplicate'], fixes: [[{ op: 'remove', path: '/tags/1' }], [{ op: 'remove', path: '/tags/2' }]], profile: 'custom' },
  ],
});
