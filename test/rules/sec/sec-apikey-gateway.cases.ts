import rule from '../../../src/rules/sec/sec-apikey-gateway.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { param } from './auth-fixture.js';

const gateway = { apiProperties: { properties: { connectionParameters: { gateway: param('gatewaySetting') } } } };

export default defineCases({
  rule,
  valid: [
    { name: 'API key without gateway', patch: {} },
    { name: 'gateway with basic authentication', patch: { ...gateway, apiDefinition: { securityDefinitions: { api_key: null, basic: { type: 'basic' } }, security: [] } } },
  ],
  invalid: [{ name: 'API key through the gateway', patch: gateway, messages: ['apiKeyThroughGateway'] }],
});
