import rule from '../../../src/rules/path/path-unique-case-insensitive.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { addPaths, newOperation } from '../op/helpers.js';

export default defineCases({
  rule,
  valid: [{ name: 'distinct paths', patch: addPaths({ '/regions': { get: newOperation('ListRegions') } }) }],
  invalid: [
    { name: 'differs only in case', patch: addPaths({ '/Stations': { post: newOperation('CreateStation') } }), messages: ['redefined'] },
    {
      name: 'three spellings',
      patch: addPaths({ '/STATIONS': { post: newOperation('CreateStation') }, '/sTations': { put: newOperation('UpdateStation') } }),
      messages: ['redefined', 'redefined'],
    },
  ],
});
