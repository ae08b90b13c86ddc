import rule from '../../../src/rules/param/param-path-encoding.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { dateParameter, patchTides, stationIdParameter } from '../op/helpers.js';

const { 'x-ms-url-encoding': _, ...unencoded } = stationIdParameter;

export default defineCases({
  rule,
  valid: [{ name: 'single encoding', patch: {} }, { name: 'double encoding', patch: patchTides({ parameters: [{ ...stationIdParameter, 'x-ms-url-encoding': 'double' }, dateParameter] }) }],
  invalid: [{ name: 'no encoding', patch: patchTides({ parameters: [unencoded, dateParameter] }), messages: ['missing'] }],
});
