import rule from '../../../src/rules/props/props-iconbrandcolor-required.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'a colour', patch: {} },
    { name: 'no properties at all (reported by props-root-shape)', patch: { apiProperties: { properties: null } } },
  ],
  invalid: [
    { name: 'no colour', patch: { apiProperties: { properties: { iconBrandColor: null } } }, messages: ['missing'] },
    { name: 'empty, as in the certified template', patch: { apiProperties: { properties: { iconBrandColor: '' } } }, messages: ['empty'], profile: 'certified' },
  ],
});
