import rule from '../../../src/rules/op/op-operationid-required.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { patchStations } from './helpers.js';

export default defineCases({
  rule,
  valid: [{ name: 'every operation has one', patch: {} }],
  invalid: [
    { name: 'missing', patch: patchStations({ operationId: null }), messages: ['missing'] },
    { name: 'empty', patch: patchStations({ operationId: '' }), messages: ['empty'] },
  ],
});
