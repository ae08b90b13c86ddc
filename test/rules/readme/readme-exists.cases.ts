import rule from '../../../src/rules/readme/readme-exists.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'readme.md', patch: {} },
    { name: 'README.md in capitals', patch: { remove: ['readme.md'], files: { 'README.md': '# Tidewatch' } } },
  ],
  invalid: [
    { name: 'no readme', patch: { remove: ['readme.md'] }, messages: ['missing'] },
    { name: 'empty readme', patch: { files: { 'readme.md': '  \n' } }, messages: ['empty'] },
  ],
});
