import rule from '../../../src/rules/param/param-summary-charset.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { searchParameter, stationsWithParameters } from '../op/helpers.js';

const labelled = (label: string) => stationsWithParameters({ ...searchParameter, 'x-ms-summary': label });

export default defineCases({
  rule,
  valid: [{ name: 'letters, digits and parentheses', patch: labelled('Search Text (2 Words)') }],
  invalid: [
    { name: 'slash', patch: labelled('Date/Time'), messages: ['char'] },
    { name: 'full stop', patch: labelled('No. of Results'), messages: ['char'] },
  ],
});
