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
    // Federal Reserve Economic Data (corpus) after the fix: the limit written as a number.
    { corpus: 'Federal Reserve Economic Data', name: 'an integer limit (Federal Reserve Economic Data)', patch: typed('integer', 1000) },
  ],
  invalid: [
    // Federal Reserve Economic Data (corpus): "default": "1000" on an integer limit.
    { corpus: 'Federal Reserve Economic Data', name: 'string for integer (Federal Reserve Economic Data)', patch: typed('integer', '1000'), messages: ['convert'], fixes: [[{ op: 'replace', path: '/paths/~1stations/get/parameters/0/default', value: 1000 }]] },
    { name: 'fraction for integer', patch: typed('integer', 1.5), messages: ['mismatch'] },
    { name: 'string for boolean', patch: typed('boolean', 'true'), messages: ['convert'], fixes: [[{ op: 'replace', path: '/paths/~1stations/get/parameters/0/default', value: true }]] },
    { name: 'a word for boolean', patch: typed('boolean', 'yes'), messages: ['mismatch'] },
    // SolarEdge (corpus): "default": null on optional string parameters.
    { corpus: 'SolarEdge', name: 'a null default (SolarEdge)', patch: typed('string', null), messages: ['nullDefault'] },
    { name: 'string for array', patch: typed('array', 'a,b', { items: { type: 'string' } }), messages: ['mismatch'] },
  ],
});
