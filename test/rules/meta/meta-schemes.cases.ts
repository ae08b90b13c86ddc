import rule from '../../../src/rules/meta/meta-schemes.js';
import { defineCases } from '../../helpers/rule-tester.js';

const schemes = (value: unknown[]) => ({ apiDefinition: { schemes: value } });

export default defineCases({
  rule,
  valid: [
    { name: 'https', patch: {} },
    { name: 'http and https', patch: schemes(['http', 'https']) },
    { name: 'no schemes', patch: { apiDefinition: { schemes: null } } },
  ],
  invalid: [
    { name: 'an empty list', patch: schemes([]), messages: ['empty'] },
    { name: 'web sockets', patch: schemes(['https', 'wss']), messages: ['notSupported'] },
    { name: 'ftp', patch: schemes(['ftp']), messages: ['invalid'], profile: 'custom' },
    { name: 'upper case', patch: schemes(['HTTPS']), messages: ['invalid'] },
  ],
});
