import rule from '../../../src/rules/artifact/artifact-required-files.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'both files', patch: {} },
    { name: 'a readme-only proposal folder is artifact-proposal-folder', patch: { remove: ['apiProperties.json', 'apiDefinition.swagger.json'] } },
  ],
  invalid: [
    { name: 'no apiProperties', patch: { remove: ['apiProperties.json'] }, messages: ['missing'] },
    { name: 'neither JSON file nor a readme', patch: { remove: ['apiProperties.json', 'apiDefinition.swagger.json', 'readme.md'] }, messages: ['missing', 'missing'] },
  ],
});
