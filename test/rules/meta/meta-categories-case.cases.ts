import rule from '../../../src/rules/meta/meta-categories-case.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { withCategories } from './metadata.js';

export default defineCases({
  rule,
  valid: [
    { name: 'documented spelling', patch: {} },
    { name: 'an unknown category (reported by meta-categories-allowed)', patch: withCategories('Weather') },
  ],
  invalid: [
    { name: "'collaboration'", patch: withCategories('Productivity;collaboration'), messages: ['spelling'], fixes: [[{ op: 'replace', path: '/x-ms-connector-metadata/2/propertyValue', value: 'Productivity;Collaboration' }]] },
    { name: 'both in another case', patch: withCategories('it operations;SECURITY'), messages: ['spelling', 'spelling'], fixes: [[{ op: 'replace', path: '/x-ms-connector-metadata/2/propertyValue', value: 'IT Operations;Security' }]] },
  ],
});
