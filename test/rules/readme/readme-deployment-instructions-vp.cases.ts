import rule from '../../../src/rules/readme/readme-deployment-instructions-vp.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { exampleReadme, readme } from './readme-fixture.js';

const deployment = '\n## Deployment Instructions\n\nRun `paconn create` with the files of this folder.\n';

export default defineCases({
  rule,
  valid: [
    { name: 'Deployment Instructions section', patch: readme(exampleReadme + deployment), profile: 'certified' },
    {
      name: "a 'Deploying the connector' section (Cyberday)",
      patch: readme(`${exampleReadme}\n## Deploying the connector\n\nRun \`paconn create\` with the files of this folder.\n`),
      profile: 'certified',
    },
  ],
  invalid: [
    { name: 'no Deployment Instructions section', patch: {}, profile: 'certified', messages: ['missing'] },
    { name: "a 'Deployment' word elsewhere is not the section", patch: readme(`${exampleReadme}\n## Deployments\n\nThe service runs in two regions.\n`), profile: 'certified', messages: ['missing'] },
    { name: 'empty Deployment Instructions section', patch: readme(`${exampleReadme}\n## Deployment Instructions\n`), profile: 'certified', messages: ['empty'] },
    { name: 'no space after ##', patch: readme(exampleReadme + deployment.replace('## ', '##')), profile: 'certified', messages: ['unspaced'] },
  ],
});
