import rule from '../../../src/rules/ext/ext-trigger-hint.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [{ name: 'a string hint', patch: { apiDefinition: { paths: { '/stations': { get: { 'x-ms-trigger': 'batch', 'x-ms-trigger-hint': 'Add a station to see it work.' } } } } } }],
  invalid: [{ name: 'a list of hints', patch: { apiDefinition: { paths: { '/stations': { get: { 'x-ms-trigger-hint': ['a', 'b'] } } } } }, messages: ['notString'] }],
});
