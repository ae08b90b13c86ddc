import rule from '../../../src/rules/desc/desc-english.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [{ name: 'line breaks are fine', patch: { apiDefinition: { info: { description: 'Tidewatch publishes tides.\nIt covers coasts.' } } } }],
  invalid: [{ name: 'typographic quote', patch: { apiDefinition: { info: { description: 'Tidewatch publishes the world\u2019s tides for coasts.' } } }, messages: ['nonAscii'] }],
});
