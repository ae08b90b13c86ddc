import rule from '../../../src/rules/op/op-summary-required.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { patchStations } from './helpers.js';

export default defineCases({
  rule,
  valid: [{ name: 'summaries present', patch: {} }],
  invalid: [
    { name: 'no summary', patch: patchStations({ summary: null }), messages: ['missing'] },
    { name: 'blank summary', patch: patchStations({ summary: '  ' }), messages: ['empty'] },
  ],
});
