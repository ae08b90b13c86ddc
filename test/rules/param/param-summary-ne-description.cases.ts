import rule from '../../../src/rules/param/param-summary-ne-description.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { searchParameter, stationsWithParameters } from '../op/helpers.js';

export default defineCases({
  rule,
  valid: [{ name: 'description adds information', patch: {} }],
  invalid: [{ name: 'same text', patch: stationsWithParameters({ ...searchParameter, description: 'Search text.' }), messages: ['same'] }],
});
