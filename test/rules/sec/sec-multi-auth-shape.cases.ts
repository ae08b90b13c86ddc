import rule from '../../../src/rules/sec/sec-multi-auth-shape.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { param } from './auth-fixture.js';

const ui = { displayName: 'Authentication', description: 'How to sign in.' };
const keyValue = { name: 'key', uiDefinition: { displayName: 'API key', description: 'Sign in with an API key.' }, parameters: { api_key: param('securestring') } };
const sets = (connectionParameterSets: unknown) => ({ apiProperties: { properties: { connectionParameters: null, connectionParameterSets } } });

export default defineCases({
  rule,
  valid: [
    { name: 'single authentication', patch: {} },
    { name: 'well-formed sets', patch: sets({ uiDefinition: ui, values: [keyValue] }) },
  ],
  invalid: [
    {
      name: 'sets beside connectionParameters',
      patch: { apiProperties: { properties: { connectionParameterSets: { uiDefinition: ui, values: [keyValue] } } } },
      messages: ['both'],
    },
    { name: 'no uiDefinition and no values', patch: sets({ values: [] }), messages: ['setUi', 'noValues'] },
    { name: 'value without parameters', patch: sets({ uiDefinition: ui, values: [{ ...keyValue, parameters: undefined }] }), messages: ['valueShape'] },
  ],
});
