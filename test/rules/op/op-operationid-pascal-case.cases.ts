import rule from '../../../src/rules/op/op-operationid-pascal-case.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { patchStations } from './helpers.js';

export default defineCases({
  rule,
  valid: [{ name: 'PascalCase', patch: {} }],
  invalid: [{ name: 'camelCase', patch: patchStations({ operationId: 'listStations' }), messages: ['notPascal'] }],
});
