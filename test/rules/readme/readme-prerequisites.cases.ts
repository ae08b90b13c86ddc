import rule from '../../../src/rules/readme/readme-prerequisites.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { readme, replaced, withoutSection } from './readme-fixture.js';

export default defineCases({
  rule,
  valid: [
    { name: 'Prerequisites section', patch: {} },
    { name: "'Pre-requisites' spelling", patch: readme(replaced('## Prerequisites', '## Pre-requisites')) },
    { name: 'empty readme is left to readme-exists', patch: readme('') },
    // Edatalia sign online (corpus) spells it '## Pre-requisites' under '## StackOwner: Edatalia'.
    { corpus: 'Edatalia sign online', name: "a real readme's 'Pre-requisites' after a StackOwner heading (Edatalia)", patch: readme(replaced('## Prerequisites', '## StackOwner: Edatalia\n\n## Pre-requisites')) },
  ],
  invalid: [
    { name: 'no Prerequisites section', patch: readme(withoutSection('## Prerequisites')), messages: ['missing'] },
    {
      name: 'empty Prerequisites section',
      patch: readme(replaced('You need a Tidewatch account. The free plan is enough for both operations.', '')),
      messages: ['empty'],
    },
    { name: 'no space after ##', patch: readme(replaced('## Prerequisites', '##Prerequisites')), messages: ['unspaced'] },
  ],
});
