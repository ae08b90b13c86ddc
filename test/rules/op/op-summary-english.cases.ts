import rule from '../../../src/rules/op/op-summary-english.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { patchStations } from './helpers.js';

export default defineCases({
  rule,
  valid: [
    { name: 'plain ASCII', patch: patchStations({ summary: 'List stations (deprecated)' }) },
    // SolarEdge (corpus): an en dash between two parts of the summary.
    { corpus: 'SolarEdge', name: 'an en dash (SolarEdge)', patch: patchStations({ summary: 'Site Energy \u2013 Time Period' }) },
  ],
  invalid: [
    { name: 'French words', patch: patchStations({ summary: 'Lister les stations côtières' }), messages: ['replace'] },
    { name: 'another script', patch: patchStations({ summary: 'List 潮汐 stations' }), messages: ['nonAscii'] },
  ],
});
