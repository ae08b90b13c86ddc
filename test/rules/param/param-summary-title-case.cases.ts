import rule from '../../../src/rules/param/param-summary-title-case.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { searchParameter, stationsWithParameters } from '../op/helpers.js';

const labelled = (label: string) => stationsWithParameters({ ...searchParameter, 'x-ms-summary': label });

export default defineCases({
  rule,
  valid: [
    { name: 'Title Case', patch: {} },
    { name: 'minor words stay lower case', patch: labelled('Number of Results') },
    { name: 'identifiers keep their case', patch: labelled('Station ID for iOS') },
  ],
  invalid: [
    { name: 'sentence case', patch: labelled('Search text'), messages: ['notTitleCase'] },
    { name: 'lower-case first word', patch: labelled('search'), messages: ['notTitleCase'] },
  ],
});
