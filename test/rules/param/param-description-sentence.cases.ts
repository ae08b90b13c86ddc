import rule from '../../../src/rules/param/param-description-sentence.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { searchParameter, stationsWithParameters } from '../op/helpers.js';

const described = (description: string) => stationsWithParameters({ ...searchParameter, description });

export default defineCases({
  rule,
  valid: [
    { name: 'full stop', patch: {} },
    { name: 'single word', patch: described('Text') },
  ],
  invalid: [{ name: 'no full stop', patch: described('Text that the station name must contain'), messages: ['noStop'], fixes: [[{ op: 'replace', path: '/paths/~1stations/get/parameters/0/description', value: 'Text that the station name must contain.' }]] }],
});
