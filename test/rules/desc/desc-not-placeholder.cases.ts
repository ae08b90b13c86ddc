import rule from '../../../src/rules/desc/desc-not-placeholder.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [{ name: 'a real description', patch: {} }],
  invalid: [{ name: 'template text', patch: { apiDefinition: { info: { description: 'Short description of the connecting service, between 30 and 500 characters.' } } }, messages: ['placeholder'] }],
});
