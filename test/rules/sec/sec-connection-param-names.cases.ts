import rule from '../../../src/rules/sec/sec-connection-param-names.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { oauth, param, params } from './auth-fixture.js';

const tenant = { type: 'string', metadata: { sourceType: 'AzureActiveDirectoryTenant' }, uiDefinition: { constraints: { required: 'false', hidden: 'true' } } };

export default defineCases({
  rule,
  valid: [
    { name: 'api_key', patch: {} },
    { name: 'token sub-parameters', patch: oauth({}, {}) },
    {
      name: 'token:TenantId of the fixed shape',
      patch: { apiProperties: { properties: { connectionParameters: { ...oauth().apiProperties.properties.connectionParameters, 'token:TenantId': tenant } } } },
    },
  ],
  invalid: [
    { name: 'hyphen in the name', patch: params({ 'x-Auth-Email': param('string') }), messages: ['invalidName'] },
    { name: 'two colons', patch: params({ 'token:a:b': param('string') }), messages: ['invalidName'] },
    { name: 'token:TenantId without its metadata', patch: params({ 'token:TenantId': param('string') }), messages: ['tenantShape'] },
  ],
});
