import rule from '../../../src/rules/props/props-iconbrandcolor-format.js';
import { defineCases } from '../../helpers/rule-tester.js';

const color = (value: unknown) => ({ apiProperties: { properties: { iconBrandColor: value } } });

export default defineCases({
  rule,
  valid: [
    { name: 'six hex digits', patch: color('#1F6feb') },
    { name: 'no colour (reported by props-iconbrandcolor-required)', patch: color(null) },
  ],
  invalid: [
    { name: 'three digits', patch: color('#fff'), messages: ['notHex'], fixes: [[{ op: 'replace', path: '/properties/iconBrandColor', value: '#ffffff' }]] },
    { name: 'without the hash', patch: color('1f6feb'), messages: ['notHex'], fixes: [[{ op: 'replace', path: '/properties/iconBrandColor', value: '#1f6feb' }]] },
    { name: 'a colour name', patch: color('orange'), messages: ['notHex'] },
    { name: 'rgb notation', patch: color('rgb(31, 111, 235)'), messages: ['notHex'] },
  ],
});
