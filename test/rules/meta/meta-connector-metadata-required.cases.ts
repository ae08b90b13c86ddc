import rule from '../../../src/rules/meta/meta-connector-metadata-required.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { metadata, privacyPolicy, website } from './metadata.js';

export default defineCases({
  rule,
  valid: [
    { name: 'the three entries', patch: {} },
    { name: 'an empty list (the entries are reported by their own rules)', patch: metadata() },
  ],
  invalid: [
    { name: 'no metadata', patch: { apiDefinition: { 'x-ms-connector-metadata': null } }, messages: ['missing'] },
    { name: 'an entry that is a string', patch: metadata(website, 'Privacy policy'), messages: ['notObject'] },
    { name: 'an entry without propertyName', patch: metadata(website, { propertyValue: 'Data' }), messages: ['badName'] },
    { name: 'an entry with a numeric value', patch: metadata(privacyPolicy, { propertyName: 'Categories', propertyValue: 3 }), messages: ['badValue'] },
  ],
});
