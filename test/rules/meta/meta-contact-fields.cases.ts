import rule from '../../../src/rules/meta/meta-contact-fields.js';
import { defineCases } from '../../helpers/rule-tester.js';

const contact = (fields: Record<string, unknown>) => ({ apiDefinition: { info: { contact: fields } } });

export default defineCases({
  rule,
  valid: [
    { name: 'a valid e-mail and URL', patch: {} },
    { name: 'an address with a plus and subdomain', patch: contact({ email: 'help+connectors@mail.contoso.co.uk' }) },
    { name: 'missing fields (reported by meta-contact-fields-missing)', patch: contact({ url: null, email: null }) },
    { name: 'template placeholders (reported by meta-not-placeholder)', patch: contact({ url: 'Contact URL', email: 'Contact email address' }) },
  ],
  invalid: [
    { name: 'an e-mail without a domain', patch: contact({ email: 'support@tidewatch' }), messages: ['email'] },
    { name: 'two addresses', patch: contact({ email: 'a@contoso.com; b@contoso.com' }), messages: ['email'] },
    { name: 'a URL without a scheme', patch: contact({ url: 'www.tidewatch.example.com' }), messages: ['url'] },
    { name: 'a misspelled scheme', patch: contact({ url: 'hhttps://tidewatch.example.com' }), messages: ['url'] },
    { name: 'both wrong', patch: contact({ url: 'mailto:support@contoso.com', email: 'support' }), messages: ['url', 'email'] },
  ],
});
