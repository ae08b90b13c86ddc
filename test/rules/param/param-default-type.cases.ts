import rule from '../../../src/rules/param/param-default-type.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { searchParameter, stationsWithParameters } from '../op/helpers.js';

const typed = (type: string, value: unknown, extra: Record<string, unknown> = {}) =>
  stationsWithParameters({ ...searchParameter, type, default: value, ...extra });

export default defineCases({
  rule,
  valid: [
    { name: 'string', patch: typed('string', 'north') },
    { name: 'integer for number', patch: typed('number', 2) },
    { name: 'boolean', patch: typed('boolean', false) },
    { name: 'array', patch: typed('array', ['a'], { items: { type: 'string' } }) },
  ],
  invalid: [
    { name: 'string for integer', patch: typed('integer', '10'), messages: ['mismatch'] },
    { name: 'fraction for integer', patch: typed('integer', 1.5), messages: ['mismatch'] },
    { name: 'string for boolean', patch: typed('boolean', 'true'), messages: ['mismatch'] },
    { name: 'string for array', patch: typed('array', 'a,b', { items: { type: 'string' } }), messages: ['mismatch'] },
  ],
});
