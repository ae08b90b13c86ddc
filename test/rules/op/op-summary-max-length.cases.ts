import rule from '../../../src/rules/op/op-summary-max-length.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { patchStations } from './helpers.js';

export default defineCases({
  rule,
  valid: [{ name: 'exactly 80 characters', patch: patchStations({ summary: 'L'.repeat(80) }) }],
  invalid: [{ name: '81 characters', patch: patchStations({ summary: 'L'.repeat(81) }), messages: ['tooLong'] }],
});
