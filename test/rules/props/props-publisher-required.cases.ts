import rule from '../../../src/rules/props/props-publisher-required.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [{ name: 'a publisher', patch: {} }],
  invalid: [
    { name: 'no publisher', patch: { apiProperties: { properties: { publisher: null } } }, messages: ['missing'] },
    { name: 'blank', patch: { apiProperties: { properties: { publisher: ' ' } } }, messages: ['empty'] },
  ],
});
