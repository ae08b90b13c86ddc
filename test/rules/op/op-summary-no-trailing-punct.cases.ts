import rule from '../../../src/rules/op/op-summary-no-trailing-punct.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { patchStations } from './helpers.js';

export default defineCases({
  rule,
  valid: [
    { name: 'ends with a letter', patch: {} },
    { name: 'ends with (deprecated)', patch: patchStations({ summary: 'List stations (deprecated)' }) },
  ],
  invalid: [
    { name: 'full stop', patch: patchStations({ summary: 'List stations.' }), messages: ['trailing'], fixes: [[{ op: 'replace', path: '/paths/~1stations/get/summary', value: 'List stations' }]] },
    { name: 'trailing space', patch: patchStations({ summary: 'List stations ' }), messages: ['trailing'], fixes: [[{ op: 'replace', path: '/paths/~1stations/get/summary', value: 'List stations' }]] },
    { name: 'colon', patch: patchStations({ summary: 'List stations:' }), messages: ['trailing'] },
  ],
});
