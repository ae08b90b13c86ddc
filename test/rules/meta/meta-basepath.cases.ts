import rule from '../../../src/rules/meta/meta-basepath.js';
import { defineCases } from '../../helpers/rule-tester.js';

export default defineCases({
  rule,
  valid: [
    { name: 'starts with a slash', patch: {} },
    { name: 'just a slash', patch: { apiDefinition: { basePath: '/' } } },
    { name: 'no basePath', patch: { apiDefinition: { basePath: null } } },
  ],
  invalid: [
    { name: 'no leading slash', patch: { apiDefinition: { basePath: 'v1' } }, messages: ['noLeadingSlash'], fixes: [[{ op: 'replace', path: '/basePath', value: '/v1' }]] },
    { name: 'empty', patch: { apiDefinition: { basePath: '' } }, messages: ['noLeadingSlash'], fixes: [[{ op: 'replace', path: '/basePath', value: '/' }]], profile: 'custom' },
  ],
});
