import rule from '../../../src/rules/readme/readme-deployment-instructions-vp.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { exampleReadme, readme } from './readme-fixture.js';

const deployment = '\n## Deployment Instructions\n\nRun `paconn create` with the files of this folder.\n';

export default defineCases({
  rule,
  valid: [
    { name: 'Deployment Instructions section', patch: readme(exampleReadme + deployment), profile: 'certified' },
  ],
  invalid: [
    { name: 'no Deployment Instructions section', patch: {}, profile: 'certified', messages: ['missing'] },
    { name: 'empty Deployment Instructions section', patch: readme(`${exampleReadme}\n## Deployment Instructions\n`), profile: 'certified', messages: ['empty'] },
    { name: 'no space after ##', patch: readme(exampleReadme + deployment.replace('## ', '##')), profile: 'certified', messages: ['unspaced'] },
  ],
});
