import rule from '../../../src/rules/param/param-nonbody-no-schema.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { bodyParameter, searchParameter, stationsWithParameters } from '../op/helpers.js';

export default defineCases({
  rule,
  valid: [{ name: 'type on query parameters', patch: {} }, { name: 'schema on body', patch: stationsWithParameters(bodyParameter) }],
  invalid: [{ name: 'schema on a query parameter', patch: stationsWithParameters({ ...searchParameter, schema: { type: 'string' } }), messages: ['schema'] }],
});
