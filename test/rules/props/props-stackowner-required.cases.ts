import rule from '../../../src/rules/props/props-stackowner-required.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [{ name: 'a stack owner', patch: {} }],
  invalid: [
    { name: 'no stack owner', patch: { apiProperties: { properties: { stackOwner: null } } }, messages: ['missing'] },
    { name: 'empty', patch: { apiProperties: { properties: { stackOwner: '' } } }, messages: ['empty'], profile: 'certified' },
  ],
});
