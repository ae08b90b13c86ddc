import rule from '../../../src/rules/op/op-summary-ne-description.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { patchStations } from './helpers.js';

export default defineCases({
  rule,
  valid: [{ name: 'description adds information', patch: {} }],
  invalid: [
    { name: 'same text with a full stop', patch: patchStations({ description: 'List stations.' }), messages: ['same'] },
    { name: 'same text in another case', patch: patchStations({ description: 'LIST  STATIONS' }), messages: ['same'] },
  ],
});
