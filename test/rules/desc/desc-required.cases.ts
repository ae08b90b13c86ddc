import rule from '../../../src/rules/desc/desc-required.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [{ name: 'the example description', patch: {} }],
  invalid: [
    { name: 'missing', patch: { apiDefinition: { info: { description: null } } }, messages: ['missing'] },
    { name: 'not a string', patch: { apiDefinition: { info: { description: ['a'] } } }, messages: ['notString'] },
    { name: 'blank', patch: { apiDefinition: { info: { description: '' } } }, messages: ['empty'] },
  ],
});
