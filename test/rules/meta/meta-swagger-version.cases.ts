import rule from '../../../src/rules/meta/meta-swagger-version.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'swagger 2.0', patch: {} },
    { name: 'swagger 2.0 in the custom profile', patch: {}, profile: 'custom' },
  ],
  invalid: [
    { name: 'no swagger key', patch: { apiDefinition: { swagger: null } }, messages: ['missing'] },
    { name: 'an OpenAPI 3 document', patch: { apiDefinition: { swagger: null, openapi: '3.0.1' } }, messages: ['openApi3'] },
    { name: 'the number 2.0', patch: { apiDefinition: { swagger: 2 } }, messages: ['wrongVersion'], fixes: [[{ op: 'replace', path: '/swagger', value: '2.0' }]] },
    { name: 'version 1.2', patch: { apiDefinition: { swagger: '1.2' } }, messages: ['wrongVersion'], profile: 'custom' },
  ],
});
