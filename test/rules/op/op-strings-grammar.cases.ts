import rule from '../../../src/rules/op/op-strings-grammar.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { patchStations, patchTides } from './helpers.js';

export default defineCases({
  rule,
  valid: [
    { name: 'clean text', patch: {} },
    { name: 'identifier start', patch: patchStations({ summary: 'iPhone stations' }) },
  ],
  invalid: [
    { name: 'doubled word in the summary', patch: patchStations({ summary: 'List the the stations' }), messages: ['doubled'] },
    { name: 'lower-case description', patch: patchTides({ description: 'gets the tides of a station.' }), messages: ['lowercaseStart'] },
    { name: 'missing space after a full stop', patch: patchTides({ description: 'Gets the tides.Heights are in metres.' }), messages: ['missingSpace'] },
  ],
});
