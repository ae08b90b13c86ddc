import rule from '../../../src/rules/sec/sec-security-requirements.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { oauthScheme, schemes } from './auth-fixture.js';

const oauthDefinition = schemes({ oauth2_auth: oauthScheme }, [{ oauth2_auth: [] }]).apiDefinition;

export default defineCases({
  rule,
  valid: [
    { name: 'API key requirement', patch: {} },
    { name: 'OAuth requirement with a declared scope', patch: schemes({ oauth2_auth: oauthScheme }, [{ oauth2_auth: ['tides.read'] }]) },
    {
      name: 'operation-level requirement',
      patch: { apiDefinition: { paths: { '/stations': { get: { security: [{ api_key: [] }] } } } } },
    },
  ],
  invalid: [
    { name: 'undefined scheme', patch: { apiDefinition: { security: [{ apiKey: [] }] } }, messages: ['undefinedScheme'] },
    { name: 'no scope list', patch: { apiDefinition: { security: [{ api_key: null }] } }, messages: ['noValue'] },
    { name: 'scopes on an API key', patch: { apiDefinition: { security: [{ api_key: ['read'] }] } }, messages: ['scopesNotAllowed'] },
    {
      name: 'undeclared OAuth scope on an operation',
      patch: { apiDefinition: { ...oauthDefinition, paths: { '/stations': { get: { security: [{ oauth2_auth: ['tides.write'] }] } } } } },
      messages: ['unknownScope'],
    },
  ],
});
