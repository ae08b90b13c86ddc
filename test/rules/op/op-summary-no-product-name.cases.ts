import rule from '../../../src/rules/op/op-summary-no-product-name.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { patchStations } from './helpers.js';

export default defineCases({
  rule,
  valid: [{ name: 'no product name', patch: patchStations({ summary: 'List apps' }) }],
  invalid: [
    { name: 'Power Automate', patch: patchStations({ summary: 'List stations for Power Automate' }), messages: ['productName'] },
    { name: 'no-space spelling', patch: patchStations({ summary: 'List PowerApps stations' }), messages: ['productName'] },
  ],
});
