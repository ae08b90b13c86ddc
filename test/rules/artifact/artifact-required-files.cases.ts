import rule from '../../../src/rules/artifact/artifact-required-files.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [{ name: 'both files', patch: {} }],
  invalid: [
    { name: 'no apiProperties', patch: { remove: ['apiProperties.json'] }, messages: ['missing'] },
    { name: 'neither JSON file', patch: { remove: ['apiProperties.json', 'apiDefinition.swagger.json'] }, messages: ['missing', 'missing'] },
  ],
});
