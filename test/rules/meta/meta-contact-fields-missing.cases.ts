import rule from '../../../src/rules/meta/meta-contact-fields-missing.js';
import { defineCases } from '../../helpers/rule-tester.js';

const contact = (fields: Record<string, unknown>) => ({ apiDefinition: { info: { contact: fields } } });

export default defineCases({
  rule,
  valid: [
    { name: 'name, url and email', patch: {} },
    { name: 'no contact at all (reported by meta-contact-required)', patch: { apiDefinition: { info: { contact: null } } } },
  ],
  invalid: [
    { name: 'no url', patch: contact({ url: null }), messages: ['missing'] },
    { name: 'no name and no email', patch: contact({ name: null, email: null }), messages: ['missing', 'missing'] },
    { name: 'a blank email', patch: contact({ email: '  ' }), messages: ['empty'] },
  ],
});
