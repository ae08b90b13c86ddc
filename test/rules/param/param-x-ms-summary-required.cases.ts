import rule from '../../../src/rules/param/param-x-ms-summary-required.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { bodyParameter, searchParameter, stationsWithParameters, withRootParameters } from '../op/helpers.js';

const { 'x-ms-summary': _, ...unlabelled } = searchParameter;

export default defineCases({
  rule,
  valid: [
    { name: 'labelled parameters', patch: {} },
    { name: 'body parameters are exempt', patch: stationsWithParameters(searchParameter, bodyParameter) },
    { name: 'internal parameters are exempt', patch: stationsWithParameters({ ...unlabelled, 'x-ms-visibility': 'internal', default: 'a' }) },
  ],
  invalid: [
    { name: 'missing', patch: stationsWithParameters(unlabelled), messages: ['missing'] },
    { name: 'blank', patch: stationsWithParameters({ ...searchParameter, 'x-ms-summary': ' ' }), messages: ['empty'] },
    {
      name: 'reported once where a shared parameter is written',
      patch: withRootParameters(stationsWithParameters({ $ref: '#/parameters/search' }, { $ref: '#/parameters/search' }), { search: unlabelled }),
      messages: ['missing'],
    },
  ],
});
