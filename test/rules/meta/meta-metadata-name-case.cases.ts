import rule from '../../../src/rules/meta/meta-metadata-name-case.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { categories, metadata, privacyPolicy, website } from './metadata.js';

export default defineCases({
  rule,
  valid: [
    { name: 'the documented names', patch: {} },
    { name: 'another property name', patch: metadata(website, privacyPolicy, categories('Data'), { propertyName: 'Terms and Conditions', propertyValue: 'https://a.example.com' }) },
  ],
  invalid: [
    { name: "'Privacy Policy'", patch: metadata(website, { ...privacyPolicy, propertyName: 'Privacy Policy' }, categories('Data')), messages: ['spelling'], fixes: [[{ op: 'replace', path: '/x-ms-connector-metadata/1/propertyName', value: 'Privacy policy' }]] },
    { name: "'WebSite' and 'categories'", patch: metadata({ ...website, propertyName: 'WebSite' }, privacyPolicy, { propertyName: 'categories', propertyValue: 'Data' }), messages: ['spelling', 'spelling'], fixes: [[{ op: 'replace', path: '/x-ms-connector-metadata/0/propertyName', value: 'Website' }], [{ op: 'replace', path: '/x-ms-connector-metadata/2/propertyName', value: 'Categories' }]] },
    { name: 'a trailing space', patch: metadata({ ...website, propertyName: 'Website ' }, privacyPolicy, categories('Data')), messages: ['spelling'], fixes: [[{ op: 'replace', path: '/x-ms-connector-metadata/0/propertyName', value: 'Website' }]] },
  ],
});
