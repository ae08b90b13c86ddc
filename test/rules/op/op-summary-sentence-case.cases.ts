import rule from '../../../src/rules/op/op-summary-sentence-case.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { patchStations, patchTides } from './helpers.js';

export default defineCases({
  rule,
  valid: [
    { name: 'sentence case', patch: {} },
    { name: 'names and acronyms keep their capitals', patch: patchTides({ summary: 'Get NOAA tide predictions for a station' }) },
    { name: 'one capitalised name', patch: patchStations({ summary: 'List Tidewatch stations' }) },
  ],
  invalid: [
    { name: 'Title Case', patch: patchTides({ summary: 'Get Tide Predictions' }), messages: ['titleCase'] },
    { name: 'Title Case with minor words', patch: patchStations({ summary: 'List Stations by Region' }), messages: ['titleCase'] },
  ],
});
