import rule from '../../../src/rules/artifact/artifact-json-valid.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [{ name: 'valid JSON', patch: {} }],
  invalid: [
    { name: 'missing comma', patch: { files: { 'apiProperties.json': '{ "properties": { "a": 1 "b": 2 } }' } }, messages: ['syntax'] },
    { name: 'trailing comma and comment', patch: { files: { 'apiProperties.json': '{ "properties": {}, // note\n}' } }, messages: ['syntax', 'syntax'] },
    { name: 'empty file', patch: { files: { 'apiProperties.json': '' } }, messages: ['empty'] },
  ],
});
