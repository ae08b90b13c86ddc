import rule from '../../../src/rules/desc/desc-length.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'exactly 30', patch: { apiDefinition: { info: { description: 'x'.repeat(30) } } } },
    { name: 'exactly 500', patch: { apiDefinition: { info: { description: 'x'.repeat(500) } } } },
  ],
  invalid: [
    { name: '29 characters', patch: { apiDefinition: { info: { description: 'x'.repeat(29) } } }, messages: ['tooShort'] },
    { name: '501 characters', patch: { apiDefinition: { info: { description: 'x'.repeat(501) } } }, messages: ['tooLong'] },
  ],
});
