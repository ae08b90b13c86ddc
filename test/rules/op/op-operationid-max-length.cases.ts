import rule from '../../../src/rules/op/op-operationid-max-length.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { patchStations } from './helpers.js';

export default defineCases({
  rule,
  valid: [{ name: 'exactly 80 characters', patch: patchStations({ operationId: 'L'.repeat(80) }) }],
  invalid: [{ name: '81 characters', patch: patchStations({ operationId: 'L'.repeat(81) }), messages: ['tooLong'] }],
});
