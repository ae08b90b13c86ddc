import rule from '../../../src/rules/title/title-no-product-name.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [{ name: 'no product', patch: { apiDefinition: { info: { title: 'Power Tools Hub' } } } }],
  invalid: [
    { name: 'Power Automate', patch: { apiDefinition: { info: { title: 'Contoso for Power Automate' } } }, messages: ['product'] },
    { name: 'PowerApps without space', patch: { apiDefinition: { info: { title: 'Contoso PowerApps' } } }, messages: ['product'] },
  ],
});
