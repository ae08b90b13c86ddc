import rule from '../../../src/rules/meta/meta-categories-allowed.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { withCategories } from './metadata.js';

export default defineCases({
  rule,
  valid: [
    { name: 'two documented categories', patch: {} },
    { name: 'a space after the separator', patch: withCategories('Business Intelligence; Data') },
    { name: 'a category in lower case (reported by meta-categories-case)', patch: withCategories('Productivity;collaboration') },
    { name: 'a comma separator (reported by meta-categories-max)', patch: withCategories('Data, AI') },
  ],
  invalid: [
    { name: 'an unknown category', patch: withCategories('Weather'), messages: ['unknown'] },
    { name: 'one known and one unknown', patch: withCategories('Data;Tools'), messages: ['unknown'] },
    { name: 'a singular spelling', patch: withCategories('Content and File'), messages: ['unknown'] },
  ],
});
