import rule from '../../../src/rules/meta/meta-host-format.js';
import { defineCases } from '../../helpers/rule-tester.js';

const host = (value: string) => ({ apiDefinition: { host: value } });

export default defineCases({
  rule,
  valid: [
    { name: 'a host name', patch: {} },
    { name: 'a host with a port', patch: host('api.contoso.com:8443') },
    { name: 'no host', patch: { apiDefinition: { host: null } } },
    { name: 'the template placeholder (reported by meta-not-placeholder)', patch: host('The hostname of the API, e.g. github.com') },
  ],
  invalid: [
    { name: 'with a scheme', patch: host('https://api.contoso.com'), messages: ['scheme'], fixes: [[{ op: 'replace', path: '/host', value: 'api.contoso.com' }]] },
    { name: 'with a scheme and a path', patch: host('https://api.contoso.com/v1'), messages: ['scheme'] },
    { name: 'with a path', patch: host('api.contoso.com/v1'), messages: ['path'] },
    { name: 'with a template variable', patch: host('{tenant-id}.contoso.com'), messages: ['invalid'], profile: 'custom' },
    { name: 'with a space', patch: host('api contoso.com'), messages: ['invalid'] },
    { name: 'with a port that is not a number', patch: host('api.contoso.com:port'), messages: ['invalid'] },
    { name: 'empty', patch: host(''), messages: ['invalid'] },
  ],
});
