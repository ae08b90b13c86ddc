import rule from '../../../src/rules/ext/ext-trigger-metadata.js';
import { defineCases } from '../../helpers/rule-tester.js';

const metadata = (value: unknown) => ({ apiDefinition: { paths: { '/stations': { get: { 'x-ms-trigger': 'batch', 'x-ms-trigger-metadata': value } } } } });

export default defineCases({
  rule,
  valid: [{ name: 'query polling', patch: metadata({ kind: 'query', mode: 'polling' }) }],
  invalid: [
    { name: 'a string', patch: metadata('polling'), messages: ['notObject'] },
    { name: 'a missing mode', patch: metadata({ kind: 'query' }), messages: ['wrongValue'] },
    { name: 'wrong values', patch: metadata({ kind: 'push', mode: 'webhook' }), messages: ['wrongValue', 'wrongValue'] },
  ],
});
