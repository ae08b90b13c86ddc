import rule from '../../../src/rules/meta/meta-info-version.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'version 1.0', patch: {} },
    { name: 'no info at all (reported by meta-oneof-required)', patch: { apiDefinition: { info: null } } },
  ],
  invalid: [
    { name: 'no version', patch: { apiDefinition: { info: { version: null } } }, messages: ['missing'] },
    { name: 'blank version', patch: { apiDefinition: { info: { version: ' ' } } }, messages: ['empty'], profile: 'custom' },
  ],
});
