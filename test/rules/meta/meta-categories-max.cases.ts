import rule from '../../../src/rules/meta/meta-categories-max.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { withCategories } from './metadata.js';

export default defineCases({
  rule,
  valid: [
    { name: 'two categories', patch: {} },
    { name: 'one category', patch: withCategories('Data') },
    { name: 'a trailing separator', patch: withCategories('Data;AI;') },
  ],
  invalid: [
    { name: 'three categories', patch: withCategories('Data;AI;Productivity'), messages: ['tooMany'] },
    { name: 'a comma separator', patch: withCategories('Data, AI'), messages: ['comma'], fixes: [[{ op: 'replace', path: '/x-ms-connector-metadata/2/propertyValue', value: 'Data;AI' }]] },
    { name: 'three with commas', patch: withCategories('Data,AI,Finance'), messages: ['comma', 'tooMany'], fixes: [[{ op: 'replace', path: '/x-ms-connector-metadata/2/propertyValue', value: 'Data;AI;Finance' }]] },
  ],
});
