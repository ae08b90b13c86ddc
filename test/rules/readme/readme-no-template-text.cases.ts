import rule from '../../../src/rules/readme/readme-no-template-text.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { readme, replaced } from './readme-fixture.js';

export default defineCases({
  rule,
  valid: [
    { name: 'own text everywhere', patch: {} },
    { name: "'required' in a sentence of its own", patch: readme(replaced('You need a Tidewatch account.', 'A Tidewatch account is required.')) },
  ],
  invalid: [
    {
      name: 'template instruction left under Prerequisites (with its zero-width space)',
      patch: readme(replaced('You need a Tidewatch account.', 'Required. Any plans or licenses, tools required from the connector.\u200b')),
      messages: ['leftover'],
    },
    {
      name: 'template operations and publisher left',
      patch: readme(
        replaced('## Publisher: Avery Lindqvist', "## Publisher: Publisher's Name").replace('### List stations', '### Operation 1\nDescription of operation 1.'),
      ),
      messages: ['leftover', 'leftover', 'leftover'],
    },
  ],
});
