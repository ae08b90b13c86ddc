import rule from '../../../src/rules/title/title-max-length.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [{ name: 'exactly 30 characters', patch: { apiDefinition: { info: { title: 'A'.repeat(30) } } } }],
  invalid: [{ name: '31 characters', patch: { apiDefinition: { info: { title: 'A'.repeat(31) } } }, messages: ['tooLong'] }],
});
