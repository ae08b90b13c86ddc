import rule from '../../../src/rules/path/path-starts-with-slash.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { addPaths, newOperation } from '../op/helpers.js';

export default defineCases({
  rule,
  valid: [
    { name: 'leading slashes', patch: {} },
    { name: 'extensions under paths are not paths', patch: addPaths({ 'x-ms-note': { get: {} } }) },
  ],
  invalid: [{ name: 'no leading slash', patch: addPaths({ regions: { get: newOperation('ListRegions') } }), messages: ['noSlash'] }],
});
