import rule from '../../../src/rules/props/props-not-placeholder.js';
import { defineCases } from '../../helpers/rule-tester.js';

const names = (publisher: string, stackOwner: string) => ({ apiProperties: { properties: { publisher, stackOwner } } });

export default defineCases({
  rule,
  valid: [
    { name: 'real names', patch: {} },
    { name: 'a company name that starts like the template', patch: names('Name of company GmbH', 'Tidewatch') },
  ],
  invalid: [
    {
      name: 'the independent publisher template',
      patch: names('Full name or name of company or organization.', 'Name of company or organization that connector is connecting to.'),
      messages: ['publisher', 'stackOwner'],
    },
    { name: 'the certified template', patch: names('Name of company or organization.', 'Name of the owner of the service or product.'), messages: ['publisher', 'stackOwner'], profile: 'certified' },
    { name: 'without the full stop', patch: names('Avery Lindqvist', 'Name of the owner of the service or product'), messages: ['stackOwner'] },
  ],
});
