import rule from '../../../src/rules/artifact/artifact-proposal-folder.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'a full connector folder', patch: {} },
    { name: 'a folder missing only the apiProperties is not a proposal', patch: { remove: ['apiProperties.json'] } },
    // Workable (corpus): a connector whose readme is misnamed is not a proposal.
    { corpus: 'Workable', name: 'a connector folder with a misnamed readme (Workable)', patch: { remove: ['readme.md'], files: { 'Readme.md.txt': '# Workable' } } },
  ],
  invalid: [
    // The shape of the "Proposal - ..." folders merged in microsoft/PowerPlatformConnectors: a readme and nothing else.
    { name: 'a readme-only proposal folder', patch: { remove: ['apiDefinition.swagger.json', 'apiProperties.json'] }, messages: ['proposal'] },
  ],
});
