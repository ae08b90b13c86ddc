import rule from '../../../src/rules/script/script-no-gateway.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { goodScript, script } from './script-fixture.js';

const gateway = { apiProperties: { properties: { connectionParameters: { gateway: { type: 'gatewaySetting' } } } } };

export default defineCases({
  rule,
  valid: [
    { name: 'script without gateway', patch: script(goodScript) },
    { name: 'gateway without script', patch: gateway },
  ],
  invalid: [{ name: 'script and gateway', patch: { ...gateway, ...script(goodScript) }, messages: ['gateway'] }],
});
