import rule from '../../../src/rules/meta/meta-categories-present.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { metadata, privacyPolicy, website, withCategories } from './metadata.js';

export default defineCases({
  rule,
  valid: [
    { name: 'two categories', patch: {} },
    { name: 'no metadata at all (reported by meta-connector-metadata-required)', patch: { apiDefinition: { 'x-ms-connector-metadata': null } } },
  ],
  invalid: [
    { name: 'no Categories entry', patch: metadata(website, privacyPolicy), messages: ['missing'] },
    { name: 'an empty value, as in the template', patch: withCategories(''), messages: ['empty'] },
  ],
});
