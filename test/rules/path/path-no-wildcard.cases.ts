import rule from '../../../src/rules/path/path-no-wildcard.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { addPaths, newOperation } from '../op/helpers.js';

export default defineCases({
  rule,
  valid: [{ name: 'no wildcard', patch: {} }],
  invalid: [{ name: 'wildcard segment', patch: addPaths({ '/files/*': { get: newOperation('GetFile') } }), messages: ['wildcard'] }],
});
