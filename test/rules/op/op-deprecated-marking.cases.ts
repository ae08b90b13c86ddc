import rule from '../../../src/rules/op/op-deprecated-marking.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { patchStations } from './helpers.js';

export default defineCases({
  rule,
  valid: [
    { name: 'not deprecated', patch: {} },
    {
      name: 'marked in both',
      patch: patchStations({ deprecated: true, summary: 'List stations (deprecated)', description: 'Lists the stations (Deprecated). Use Search stations.' }),
    },
  ],
  invalid: [
    { name: 'unmarked', patch: patchStations({ deprecated: true }), messages: ['summary', 'description'] },
    { name: 'summary only', patch: patchStations({ deprecated: true, summary: 'List stations (deprecated)' }), messages: ['description'] },
  ],
});
