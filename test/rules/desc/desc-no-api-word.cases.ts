import rule from '../../../src/rules/desc/desc-no-api-word.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [{ name: 'rapid is not api', patch: { apiDefinition: { info: { description: 'Tidewatch gives rapid access to tide predictions.' } } } }],
  invalid: [{ name: 'the word API', patch: { apiDefinition: { info: { description: 'Connects to the Tidewatch API for tide predictions.' } } }, messages: ['api'] }],
});
