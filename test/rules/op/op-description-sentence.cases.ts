import rule from '../../../src/rules/op/op-description-sentence.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { patchStations, patchTides } from './helpers.js';

export default defineCases({
  rule,
  valid: [
    { name: 'full stop', patch: {} },
    { name: 'quoted ending', patch: patchStations({ description: 'Lists the stations named "North".' }) },
    { name: 'single word', patch: patchStations({ description: 'Stations' }) },
  ],
  invalid: [
    { name: 'no full stop', patch: patchStations({ description: 'Lists the tide stations' }), messages: ['noStop'], fixes: [[{ op: 'replace', path: '/paths/~1stations/get/description', value: 'Lists the tide stations.' }]] },
    { name: 'colon', patch: patchTides({ description: 'Gets the tides of:' }), messages: ['noStop'] },
  ],
});
