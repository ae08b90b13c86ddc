import rule from '../../../src/rules/meta/meta-host-production.js';
import { defineCases } from '../../helpers/rule-tester.js';

const host = (value: string) => ({ apiDefinition: { host: value } });

export default defineCases({
  rule,
  valid: [
    { name: 'a production host', patch: {} },
    { name: 'a .dev domain', patch: host('shadify.dev') },
    { name: 'a domain named dev', patch: host('dev.to') },
    { name: 'a word that contains test', patch: host('api.contestant.com') },
  ],
  invalid: [
    { name: 'localhost', patch: host('localhost:5000'), messages: ['notProduction'] },
    { name: 'an IP address', patch: host('10.0.0.12'), messages: ['notProduction'] },
    { name: 'an ngrok tunnel', patch: host('abcd-1234.ngrok-free.app'), messages: ['notProduction'] },
    { name: 'a staging subdomain', patch: host('api.staging.contoso.com'), messages: ['notProduction'] },
    { name: 'a dev label part', patch: host('api-dev2.contoso.com'), messages: ['notProduction'] },
    { name: 'a sandbox host', patch: host('sandbox.contoso.com'), messages: ['notProduction'], profile: 'certified' },
  ],
});
