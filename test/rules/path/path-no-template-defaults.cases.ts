import rule from '../../../src/rules/path/path-no-template-defaults.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { addPaths, newOperation } from '../op/helpers.js';

export default defineCases({
  rule,
  valid: [{ name: 'plain variables', patch: {} }, { name: 'equals sign outside braces', patch: addPaths({ '/a=b': { get: newOperation('GetAB') } }) }],
  invalid: [{ name: 'default in braces', patch: addPaths({ '/{version=v1}/items': { get: newOperation('ListItems') } }), messages: ['defaultValue'] }],
});
