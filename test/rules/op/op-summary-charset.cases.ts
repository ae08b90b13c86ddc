import rule from '../../../src/rules/op/op-summary-charset.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { patchStations } from './helpers.js';

export default defineCases({
  rule,
  valid: [
    { name: 'letters, digits, spaces and parentheses', patch: patchStations({ summary: 'List 10 stations (deprecated)' }) },
    { name: 'restricted characters are left to their own rule', patch: patchStations({ summary: 'Get and/or list stations' }) },
  ],
  invalid: [
    { name: 'hyphen', patch: patchStations({ summary: 'List read-only stations' }), messages: ['char'] },
    { name: 'apostrophe', patch: patchStations({ summary: "List the user's stations" }), messages: ['char'] },
  ],
});
