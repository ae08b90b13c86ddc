import rule from '../../../src/rules/path/path-no-query-fragment.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { addPaths, newOperation } from '../op/helpers.js';

export default defineCases({
  rule,
  valid: [{ name: 'encoded question mark', patch: addPaths({ '/what%3F': { get: newOperation('Ask') } }) }],
  invalid: [
    { name: 'query string', patch: addPaths({ '/regions?active=true': { get: newOperation('ListRegions') } }), messages: ['query'] },
    { name: 'fragment', patch: addPaths({ '/regions#top': { get: newOperation('ListRegions') } }), messages: ['query'] },
  ],
});
