import rule from '../../../src/rules/param/param-summary-max-length.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { searchParameter, stationsWithParameters } from '../op/helpers.js';

export default defineCases({
  rule,
  valid: [{ name: 'exactly 80 characters', patch: stationsWithParameters({ ...searchParameter, 'x-ms-summary': 'S'.repeat(80) }) }],
  invalid: [
    { name: 'parameter of 81 characters', patch: stationsWithParameters({ ...searchParameter, 'x-ms-summary': 'S'.repeat(81) }), messages: ['tooLong'] },
    {
      name: 'schema property of 81 characters',
      patch: { apiDefinition: { definitions: { Station: { properties: { name: { 'x-ms-summary': 'N'.repeat(81) } } } } } },
      messages: ['tooLong'],
    },
  ],
});
