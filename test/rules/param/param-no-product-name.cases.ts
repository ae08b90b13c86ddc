import rule from '../../../src/rules/param/param-no-product-name.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { searchParameter, stationsWithParameters } from '../op/helpers.js';

export default defineCases({
  rule,
  valid: [{ name: 'no product name', patch: {} }],
  invalid: [
    { name: 'in the label', patch: stationsWithParameters({ ...searchParameter, 'x-ms-summary': 'Power Apps Screen' }), messages: ['productName'] },
    {
      name: 'in both strings',
      patch: stationsWithParameters({ ...searchParameter, 'x-ms-summary': 'Logic Apps Run', description: 'The Logic Apps run to look for.' }),
      messages: ['productName', 'productName'],
    },
  ],
});
