import rule from '../../../src/rules/ext/ext-booleans.js';
import { defineCases } from '../../helpers/rule-tester.js';

const operation = (value: object) => ({ apiDefinition: { paths: { '/stations': { get: value } } } });

export default defineCases({
  rule,
  valid: [{ name: 'booleans', patch: operation({ 'x-ms-safe-operation': true, 'x-ms-no-generic-test': false, deprecated: false }) }],
  invalid: [
    { name: 'a quoted boolean', patch: operation({ 'x-ms-safe-operation': 'true' }), messages: ['notBoolean'], fixes: [[{ op: 'replace', path: '/paths/~1stations/get/x-ms-safe-operation', value: true }]] },
    { name: 'a string deprecated', patch: operation({ deprecated: 'yes' }), messages: ['notBoolean'] },
    { name: 'a number on a parameter', patch: operation({ parameters: [{ name: 'search', in: 'query', type: 'string', 'x-ms-localizeDefaultValue': 1 }] }), messages: ['notBoolean'] },
  ],
});
