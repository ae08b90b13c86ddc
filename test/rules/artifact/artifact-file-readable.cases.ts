import rule from '../../../src/rules/artifact/artifact-file-readable.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [{ name: 'every file given as text', patch: {} }],
  invalid: [
    { name: 'a readme given as a number', patch: { values: { 'readme.md': 42 } }, messages: ['unread'] },
    { name: 'a swagger given as null', patch: { values: { 'apiDefinition.swagger.json': null } }, messages: ['unread'] },
  ],
});
