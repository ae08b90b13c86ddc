import rule from '../../../src/rules/readme/readme-known-issues.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { readme, replaced, withoutSection } from './readme-fixture.js';

export default defineCases({
  rule,
  valid: [
    { name: 'Known Issues and Limitations section', patch: {} },
    { name: "'Limitations' alone", patch: readme(replaced('## Known Issues and Limitations', '## Limitations')) },
    { name: "'Known Issues & Limitations'", patch: readme(replaced('## Known Issues and Limitations', '## Known Issues & Limitations')) },
    // eBay (corpus): the section says none are known, and a later '##Screenshots' line is not a section.
    { corpus: 'eBay', name: 'a real section saying none are known (eBay)', patch: readme(replaced('Predictions are available up to one year ahead.', 'No issues and limitations are known at this time.\n\n##Screenshots')) },
  ],
  invalid: [
    { name: 'no Known Issues section', patch: readme(withoutSection('## Known Issues and Limitations')), messages: ['missing'] },
    { name: 'empty Known Issues section', patch: readme(replaced('Predictions are available up to one year ahead.', '')), messages: ['empty'] },
    { name: 'no space after ##', patch: readme(replaced('## Known Issues and Limitations', '##Known Issues and Limitations')), messages: ['unspaced'] },
  ],
});
