import rule from '../../../src/rules/param/param-allow-empty-value.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { dateParameter, patchTides, searchParameter, stationIdParameter, stationsWithParameters } from '../op/helpers.js';

export default defineCases({
  rule,
  valid: [{ name: 'query parameter', patch: stationsWithParameters({ ...searchParameter, allowEmptyValue: true }) }],
  invalid: [
    { name: 'header parameter', patch: stationsWithParameters({ ...searchParameter, in: 'header', allowEmptyValue: true }), messages: ['location'], fixes: [[{ op: 'remove', path: '/paths/~1stations/get/parameters/0/allowEmptyValue' }]] },
    { name: 'path parameter', patch: patchTides({ parameters: [{ ...stationIdParameter, allowEmptyValue: false }, dateParameter] }), messages: ['location'], fixes: [[{ op: 'remove', path: '/paths/~1stations~1{stationId}~1tides/get/parameters/0/allowEmptyValue' }]] },
  ],
});
