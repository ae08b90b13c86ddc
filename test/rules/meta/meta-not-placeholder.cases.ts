import rule from '../../../src/rules/meta/meta-not-placeholder.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { categories, metadata, privacyPolicy, website } from './metadata.js';

export default defineCases({
  rule,
  valid: [
    { name: 'real values', patch: {} },
    { name: 'an empty Categories value (reported by meta-categories-present)', patch: metadata(website, privacyPolicy, categories('')) },
  ],
  invalid: [
    { name: 'the template host', patch: { apiDefinition: { host: 'The hostname of the API, e.g. github.com' } }, messages: ['host'] },
    {
      name: 'the template contact',
      patch: { apiDefinition: { info: { contact: { name: 'Full name', url: 'Contact URL', email: 'Contact email address' } } } },
      messages: ['contact', 'contact', 'contact'],
    },
    {
      name: 'the template metadata',
      patch: metadata({ propertyName: 'Website', propertyValue: '' }, { propertyName: 'Privacy policy', propertyValue: ' ' }, categories('Data')),
      messages: ['emptyMetadata', 'emptyMetadata'],
    },
  ],
});
