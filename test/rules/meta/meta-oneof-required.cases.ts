import rule from '../../../src/rules/meta/meta-oneof-required.js';
import { MAX_SCHEMA_ISSUES } from '../../../src/core/schema-check.js';
import { defineCases } from '../../helpers/rule-tester.js';

/** More unknown keys than the structure check lists: the rest is summed up in one issue of its own. */
const floodedInfo = Object.fromEntries(Array.from({ length: MAX_SCHEMA_ISSUES + 1 }, (_, i) => [`key${i}`, i]));

export default defineCases({
  rule,
  valid: [{ name: 'the example', patch: {} }],
  invalid: [
    { name: 'no paths', patch: { apiDefinition: { paths: null } }, messages: ['missingKey'] },
    { name: 'no info', patch: { apiDefinition: { info: null } }, messages: ['missingKey'], profile: 'custom' },
    { name: 'too many structural issues to list', patch: { apiDefinition: { info: floodedInfo } }, messages: ['shape'] },
  ],
});
