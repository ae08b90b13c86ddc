import rule from '../../../src/rules/op/op-count-max.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { addPaths, newOperation } from './helpers.js';

/** `count` extra paths, each with one GET operation. */
const manyPaths = (count: number) =>
  addPaths(Object.fromEntries(Array.from({ length: count }, (_, i) => [`/items${i}`, { get: newOperation(`GetItem${i}`) }])));

export default defineCases({
  rule,
  valid: [{ name: 'exactly 256 operations', patch: manyPaths(254) }],
  invalid: [{ name: '257 operations', patch: manyPaths(255), messages: ['tooMany'] }],
});
