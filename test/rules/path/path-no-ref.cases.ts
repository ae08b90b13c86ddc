import rule from '../../../src/rules/path/path-no-ref.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { addPaths } from '../op/helpers.js';

export default defineCases({
  rule,
  valid: [{ name: 'path items in place', patch: {} }],
  invalid: [
    { name: 'path item reference', patch: addPaths({ '/regions': { $ref: '#/x-paths/regions' } }), messages: ['ref'] },
    { name: 'dangling path item reference', patch: addPaths({ '/regions': { $ref: '#/nowhere' } }), messages: ['ref'] },
  ],
});
