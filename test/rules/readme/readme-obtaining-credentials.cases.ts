import rule from '../../../src/rules/readme/readme-obtaining-credentials.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { readme, replaced, withoutSection } from './readme-fixture.js';

const anonymous = {
  apiDefinition: { securityDefinitions: null, security: null },
  apiProperties: { properties: { connectionParameters: null } },
};

export default defineCases({
  rule,
  valid: [
    { name: 'Obtaining Credentials section', patch: {} },
    { name: "'Getting your credentials' heading", patch: readme(replaced('## Obtaining Credentials', '## Getting your credentials')) },
    { name: 'a connector without authentication needs no section', patch: { ...anonymous, ...readme(withoutSection('## Obtaining Credentials')) } },
    // Line Message (corpus) names it '## Getting your credentials' under a level-2 title.
    { corpus: 'Line Message', name: "a real 'Getting your credentials' heading (Line Message)", patch: readme(replaced('## Obtaining Credentials', '## Getting your credentials')) },
  ],
  invalid: [
    { name: 'no Obtaining Credentials section', patch: readme(withoutSection('## Obtaining Credentials')), messages: ['missing'] },
    {
      name: 'empty Obtaining Credentials section',
      patch: readme(replaced('Sign in to Tidewatch, open your account page and create an API key. Paste it when you create the connection.', '')),
      messages: ['empty'],
    },
    { name: 'no space after ##', patch: readme(replaced('## Obtaining Credentials', '##Obtaining Credentials')), messages: ['unspaced'] },
  ],
});
