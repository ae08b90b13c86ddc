import rule from '../../../src/rules/artifact/artifact-required-files.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'both files', patch: {} },
    { name: 'a readme-only proposal folder is artifact-proposal-folder', patch: { remove: ['apiProperties.json', 'apiDefinition.swagger.json'] } },
    // Workable (corpus): both JSON files, and the readme saved as Readme.md.txt (artifact-file-names' finding).
    { corpus: 'Workable', name: 'both JSON files beside a misnamed readme (Workable)', patch: { remove: ['readme.md'], files: { 'Readme.md.txt': '# Workable' } } },
  ],
  invalid: [
    { name: 'no apiProperties', patch: { remove: ['apiProperties.json'] }, messages: ['missing'] },
    { name: 'neither JSON file nor a readme', patch: { remove: ['apiProperties.json', 'apiDefinition.swagger.json', 'readme.md'] }, messages: ['missing', 'missing'] },
  ],
});
