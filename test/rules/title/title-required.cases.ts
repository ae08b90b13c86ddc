import rule from '../../../src/rules/title/title-required.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [{ name: 'the example title', patch: {} }],
  invalid: [
    { name: 'no title', patch: { apiDefinition: { info: { title: null } } }, messages: ['missing'] },
    { name: 'no info at all', patch: { apiDefinition: { info: null } }, messages: ['missing'] },
    { name: 'a number', patch: { apiDefinition: { info: { title: 42 } } }, messages: ['notString'] },
    { name: 'blank', patch: { apiDefinition: { info: { title: '   ' } } }, messages: ['empty'] },
  ],
});
