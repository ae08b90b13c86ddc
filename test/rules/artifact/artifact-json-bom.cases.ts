import rule from '../../../src/rules/artifact/artifact-json-bom.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [{ name: 'no BOM', patch: {} }],
  invalid: [{ name: 'BOM', patch: { files: { 'apiProperties.json': '\uFEFF{ "properties": {} }' } }, messages: ['bom'] }],
});
