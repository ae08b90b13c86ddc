import rule from '../../../src/rules/readme/readme-supported-operations.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { readme, replaced, withoutSection } from './readme-fixture.js';

export default defineCases({
  rule,
  valid: [
    { name: 'Supported Operations section', patch: {} },
    { name: "'Supported Actions and Triggers' (SigningHub)", patch: readme(replaced('## Supported Operations', '## Supported Actions and Triggers')) },
    { name: "'Available Operations for Power Automate' (Xbridger Document Manager)", patch: readme(replaced('## Supported Operations', '## Available Operations for Power Automate')) },
    { name: "'Supported Operation' in the singular, as an H3", patch: readme(replaced('## Supported Operations', '### Supported Operation')) },
    // NIST National Vulnerability Database (corpus): the section with '### Retrieve ...' sub-headings.
    { corpus: 'NIST National Vulnerability Database', name: 'a real section with its operations (NIST NVD)', patch: readme(replaced('### List stations', '### Retrieve a collection of CVE')) },
  ],
  invalid: [
    { name: 'no Supported Operations section', patch: readme(withoutSection('## Supported Operations')), messages: ['missing'] },
    { name: 'a certified readme with no operations section (COSMO Bot)', patch: readme(withoutSection('## Supported Operations')), profile: 'certified', messages: ['missing'] },
    {
      name: 'Supported Operations heading with nothing under it',
      patch: readme('# Tidewatch\n\nTide predictions.\n\n## Supported Operations\n\n## Known Issues and Limitations\n\nNone.\n'),
      messages: ['empty'],
    },
    { name: 'no space after ##', patch: readme(replaced('## Supported Operations', '##Supported Operations')), messages: ['unspaced'] },
  ],
});
