import rule from '../../../src/rules/title/title-ip-suffix-not-in-swagger.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [{ name: 'name only', patch: {} }],
  invalid: [
    { name: 'suffix in title', patch: { apiDefinition: { info: { title: 'Contoso (Independent Publisher)' } } }, messages: ['suffix'], fixes: [[{ op: 'replace', path: '/info/title', value: 'Contoso' }]] },
    { name: 'after a dash', patch: { apiDefinition: { info: { title: 'Contoso - Independent Publisher' } } }, messages: ['suffix'], fixes: [[{ op: 'replace', path: '/info/title', value: 'Contoso' }]] },
    { name: 'in the middle (no fix)', patch: { apiDefinition: { info: { title: 'Independent Publisher Tools' } } }, messages: ['suffix'] },
  ],
});
