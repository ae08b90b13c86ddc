import rule from '../../../src/rules/title/title-product-or-org.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [{ name: 'a plain name', patch: { apiDefinition: { info: { title: 'Contoso Tasks' } } } }],
  invalid: [
    { name: 'possessive', patch: { apiDefinition: { info: { title: "Contoso's Tasks" } } }, messages: ['possessive'] },
    { name: 'generic word', patch: { apiDefinition: { info: { title: 'Contoso Integration' } } }, messages: ['generic'] },
  ],
});
