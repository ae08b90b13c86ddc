import rule from '../../../src/rules/meta/meta-contact-required.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [{ name: 'a contact block', patch: {} }],
  invalid: [{ name: 'no contact', patch: { apiDefinition: { info: { contact: null } } }, messages: ['missing'] }],
});
