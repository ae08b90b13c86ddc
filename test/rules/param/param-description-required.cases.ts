import rule from '../../../src/rules/param/param-description-required.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { bodyParameter, searchParameter, stationsWithParameters, withRootParameters } from '../op/helpers.js';

const { description: _, ...undescribed } = searchParameter;

export default defineCases({
  rule,
  valid: [
    { name: 'described parameters', patch: {} },
    { name: 'body parameters are exempt', patch: stationsWithParameters(searchParameter, bodyParameter) },
    { name: 'internal parameters are exempt', patch: stationsWithParameters({ ...undescribed, 'x-ms-visibility': 'internal', default: 'a' }) },
  ],
  invalid: [
    { name: 'missing', patch: stationsWithParameters(undescribed), messages: ['missing'] },
    { name: 'empty', patch: stationsWithParameters({ ...searchParameter, description: '' }), messages: ['empty'] },
    { name: 'root definition', patch: withRootParameters(stationsWithParameters({ $ref: '#/parameters/search' }), { search: undescribed }), messages: ['missing'] },
  ],
});
