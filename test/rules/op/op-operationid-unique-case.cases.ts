import rule from '../../../src/rules/op/op-operationid-unique-case.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { patchTides } from './helpers.js';

export default defineCases({
  rule,
  valid: [
    { name: 'unique ids', patch: {} },
    { name: 'exact duplicates are op-operationid-unique', patch: patchTides({ operationId: 'ListStations' }) },
  ],
  invalid: [{ name: 'differ only in case', patch: patchTides({ operationId: 'listStations' }), messages: ['caseOnly'] }],
});
