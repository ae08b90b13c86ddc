import rule from '../../../src/rules/meta/meta-website.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { categories, metadata, privacyPolicy } from './metadata.js';

const site = (value: string) => metadata({ propertyName: 'Website', propertyValue: value }, privacyPolicy, categories('Data'));

export default defineCases({
  rule,
  valid: [
    { name: 'an https URL', patch: {} },
    { name: 'an http URL with a path', patch: site('http://tidewatch.example.com/en/') },
    { name: 'the name in another case (reported by meta-metadata-name-case)', patch: metadata({ propertyName: 'WebSite', propertyValue: 'https://a.example.com' }) },
    { name: 'an empty value (reported by meta-not-placeholder)', patch: site('') },
    { name: 'no metadata at all (reported by meta-connector-metadata-required)', patch: { apiDefinition: { 'x-ms-connector-metadata': null } } },
  ],
  invalid: [
    { name: 'no Website entry', patch: metadata(privacyPolicy, categories('Data')), messages: ['missing'] },
    { name: 'no scheme', patch: site('www.tidewatch.example.com'), messages: ['notUrl'] },
    { name: 'a misspelled scheme', patch: site('hhttps://www.tidewatch.example.com'), messages: ['notUrl'] },
    { name: 'free text', patch: site('see our home page'), messages: ['notUrl'] },
  ],
});
