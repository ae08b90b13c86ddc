import rule from '../../../src/rules/param/param-query-no-encoding.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { searchParameter, stationsWithParameters } from '../op/helpers.js';

export default defineCases({
  rule,
  valid: [{ name: 'no encoding on query', patch: {} }],
  invalid: [{ name: 'encoding on query', patch: stationsWithParameters({ ...searchParameter, 'x-ms-url-encoding': 'single' }), messages: ['declared'], fixes: [[{ op: 'remove', path: '/paths/~1stations/get/parameters/0/x-ms-url-encoding' }]] }],
});
