import rule from '../../../src/rules/param/param-allow-empty-value.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { dateParameter, patchTides, searchParameter, stationIdParameter, stationsWithParameters } from '../op/helpers.js';

export default defineCases({
  rule,
  valid: [{ name: 'query parameter', patch: stationsWithParameters({ ...searchParameter, allowEmptyValue: true }) }],
  invalid: [
    { name: 'header parameter', patch: stationsWithParameters({ ...searchParameter, in: 'header', allowEmptyValue: true }), messages: ['location'] },
    { name: 'path parameter', patch: patchTides({ parameters: [{ ...stationIdParameter, allowEmptyValue: false }, dateParameter] }), messages: ['location'] },
  ],
});
