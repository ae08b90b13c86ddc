import rule from '../../../src/rules/sec/sec-connection-param-ui.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { oauth, param, params } from './auth-fixture.js';

export default defineCases({
  rule,
  valid: [
    { name: 'complete uiDefinition', patch: {} },
    { name: 'OAuth parameter without uiDefinition', patch: oauth() },
    { name: 'hidden parameter', patch: params({ api_key: param('securestring'), hidden: { type: 'string', uiDefinition: { constraints: { hidden: 'true' } } } }) },
  ],
  invalid: [
    { name: 'no uiDefinition', patch: params({ key: { type: 'securestring' } }), messages: ['noUi'] },
    {
      name: 'no tooltip and a boolean required flag',
      patch: params({ key: { type: 'securestring', uiDefinition: { displayName: 'API Key', description: 'The key.', constraints: { required: true } } } }),
      messages: ['missingText', 'requiredFlag'],
    },
  ],
});
