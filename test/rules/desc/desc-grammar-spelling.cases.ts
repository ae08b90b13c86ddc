import rule from '../../../src/rules/desc/desc-grammar-spelling.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [{ name: 'clean text', patch: {} }],
  invalid: [
    { name: 'doubled word', patch: { apiDefinition: { info: { description: 'Tidewatch gives the the tide predictions for coasts.' } } }, messages: ['doubled'] },
    { name: 'lower-case start', patch: { apiDefinition: { info: { description: 'tidewatch gives tide predictions for coasts.' } } }, messages: ['lowercaseStart'] },
    { name: 'no space after stop', patch: { apiDefinition: { info: { description: 'Tidewatch gives tide predictions.It covers coasts.' } } }, messages: ['missingSpace'] },
  ],
});
