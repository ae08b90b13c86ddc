import rule from '../../../src/rules/op/op-summary-english.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { patchStations } from './helpers.js';

export default defineCases({
  rule,
  valid: [{ name: 'plain ASCII', patch: patchStations({ summary: 'List stations (deprecated)' }) }],
  invalid: [
    { name: 'accented letter', patch: patchStations({ summary: 'Lister les stations côtières' }), messages: ['nonAscii'] },
    { name: 'en dash', patch: patchStations({ summary: 'List stations \u2013 all' }), messages: ['nonAscii'] },
  ],
});
