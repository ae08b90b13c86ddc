import rule from '../../../src/rules/op/op-operationid-unique.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { patchTides } from './helpers.js';

export default defineCases({
  rule,
  valid: [
    { name: 'unique ids', patch: {} },
    { name: 'ids that differ in case are op-operationid-unique-case', patch: patchTides({ operationId: 'liststations' }) },
  ],
  invalid: [{ name: 'same id twice', patch: patchTides({ operationId: 'ListStations' }), messages: ['duplicate'] }],
});
