import rule from '../../../src/rules/desc/desc-no-product-name.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [{ name: 'no product', patch: {} }],
  invalid: [{ name: 'Logic Apps', patch: { apiDefinition: { info: { description: 'Use Tidewatch tide data in your Logic  Apps workflows.' } } }, messages: ['product'] }],
});
