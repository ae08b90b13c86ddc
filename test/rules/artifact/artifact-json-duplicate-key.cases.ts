import rule from '../../../src/rules/artifact/artifact-json-duplicate-key.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [{ name: 'unique keys', patch: {} }],
  invalid: [{ name: 'duplicated publisher', patch: { files: { 'apiProperties.json': '{ "properties": { "publisher": "A", "publisher": "B" } }' } }, messages: ['duplicate'] }],
});
