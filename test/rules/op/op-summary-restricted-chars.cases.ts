import rule from '../../../src/rules/op/op-summary-restricted-chars.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { patchStations, patchTides } from './helpers.js';

export default defineCases({
  rule,
  valid: [{ name: 'hyphen and parentheses are not restricted', patch: patchStations({ summary: 'List stations (read-only)' }) }],
  invalid: [
    { name: 'slash', patch: patchStations({ summary: 'Get and/or list stations' }), messages: ['restricted'] },
    { name: 'question mark', patch: patchTides({ summary: 'Is it high tide?' }), messages: ['restricted'] },
    { name: 'ampersand and percent report once', patch: patchTides({ summary: 'Tides & 50% heights' }), messages: ['restricted'] },
  ],
});
