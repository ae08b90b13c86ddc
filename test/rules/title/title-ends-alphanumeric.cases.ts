import rule from '../../../src/rules/title/title-ends-alphanumeric.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [{ name: 'closing parenthesis', patch: { apiDefinition: { info: { title: 'Asite (Canada)' } } } }],
  invalid: [
    { name: 'trailing full stop', patch: { apiDefinition: { info: { title: 'Contoso.' } } }, messages: ['trailing'] },
    { name: 'trailing space', patch: { apiDefinition: { info: { title: 'Contoso ' } } }, messages: ['trailing'], fixes: [[{ op: 'replace', path: '/info/title', value: 'Contoso' }]] },
  ],
});
