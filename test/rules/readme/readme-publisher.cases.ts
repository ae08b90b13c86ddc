import rule from '../../../src/rules/readme/readme-publisher.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { readme, replaced, withoutSection } from './readme-fixture.js';

export default defineCases({
  rule,
  valid: [
    { name: 'Publisher heading with a name', patch: {} },
    { name: 'name on the line below the heading', patch: readme(replaced('## Publisher: Avery Lindqvist', '## Publisher\n\nAvery Lindqvist')) },
    { name: 'a certified readme naming the company (Nextset)', patch: readme(replaced('## Publisher: Avery Lindqvist', '## Publisher: Nextset')), profile: 'certified' },
    { name: 'name as a sub-heading', patch: readme(replaced('## Publisher: Avery Lindqvist', '## Publisher\n### Avery Lindqvist')) },
    // BKK Futár (corpus): the name as a sub-heading, with accents.
    { corpus: 'BkkFutar', name: 'a real name sub-heading (BKK Futár)', patch: readme(replaced('## Publisher: Avery Lindqvist', '## Publisher\n### Fördős András')) },
  ],
  invalid: [
    { name: 'no Publisher heading', patch: readme(withoutSection('## Publisher: Avery Lindqvist')), messages: ['missing'] },
    { name: 'Publisher heading without a name', patch: readme(replaced('## Publisher: Avery Lindqvist', '## Publisher:')), messages: ['noName'] },
    {
      name: 'a certified readme without the heading is asked for the company (Cloudmersive Barcode)',
      patch: readme(withoutSection('## Publisher: Avery Lindqvist')),
      profile: 'certified',
      messages: ['missingCompany'],
    },
    { name: 'no space after ##', patch: readme(replaced('## Publisher: Avery Lindqvist', '##Publisher: Avery Lindqvist')), messages: ['unspaced'] },
  ],
});
