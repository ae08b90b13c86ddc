import rule from '../../../src/rules/meta/meta-privacy-policy.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { categories, metadata, website } from './metadata.js';

const policy = (value: string, name = 'Privacy policy') => metadata(website, { propertyName: name, propertyValue: value }, categories('Data'));

export default defineCases({
  rule,
  valid: [
    { name: 'an https URL', patch: {} },
    { name: "spelled 'Privacy Policy' (reported by meta-metadata-name-case)", patch: policy('https://tidewatch.example.com/privacy', 'Privacy Policy') },
    { name: 'an empty value (reported by meta-not-placeholder)', patch: policy('') },
  ],
  invalid: [
    { name: 'no Privacy policy entry', patch: metadata(website, categories('Data')), messages: ['missing'] },
    { name: 'a relative URL', patch: policy('/privacy'), messages: ['notUrl'] },
    { name: 'a misspelled scheme', patch: policy('hhttps://legal.example.com/privacy-policy'), messages: ['notUrl'], profile: 'certified' },
  ],
});
