import rule from '../../../src/rules/op/op-description-no-product-name.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { patchTides } from './helpers.js';

export default defineCases({
  rule,
  valid: [{ name: 'no product name', patch: {} }],
  invalid: [{ name: 'Copilot Studio', patch: patchTides({ description: 'Gets the tides for use in Copilot Studio.' }), messages: ['productName'] }],
});
