import rule from '../../../src/rules/props/props-iconbrandcolor-vp.js';
import { defineCases } from '../../helpers/rule-tester.js';

const color = (value: unknown) => ({ apiProperties: { properties: { iconBrandColor: value } } });

export default defineCases({
  rule,
  valid: [
    { name: 'a brand colour', patch: color('#1f6feb') },
    { name: 'the independent publisher colour', patch: {} },
  ],
  invalid: [
    { name: 'the default colour', patch: color('#007ee5'), messages: ['refused'] },
    { name: 'white in upper case', patch: color('#FFFFFF'), messages: ['refused'] },
  ],
});
