import rule from '../../../src/rules/props/props-iconbrandcolor-ip.js';
import { defineCases } from '../../helpers/rule-tester.js';

const color = (value: unknown) => ({ apiProperties: { properties: { iconBrandColor: value } } });

export default defineCases({
  rule,
  valid: [
    { name: '#da3b01', patch: {} },
    { name: 'upper case', patch: color('#DA3B01') },
    { name: 'no colour (reported by props-iconbrandcolor-required)', patch: color(null) },
  ],
  invalid: [
    { name: 'the default custom connector colour', patch: color('#007ee5'), messages: ['wrongColor'], fixes: [[{ op: 'replace', path: '/properties/iconBrandColor', value: '#da3b01' }]] },
    { name: 'without the hash', patch: color('da3b01'), messages: ['wrongColor'], fixes: [[{ op: 'replace', path: '/properties/iconBrandColor', value: '#da3b01' }]] },
  ],
});
