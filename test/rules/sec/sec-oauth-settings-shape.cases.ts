import rule from '../../../src/rules/sec/sec-oauth-settings-shape.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { oauth, params } from './auth-fixture.js';

export default defineCases({
  rule,
  valid: [
    { name: 'generic OAuth 2.0', patch: oauth() },
    { name: 'Entra ID with resourceUri', patch: oauth({ identityProvider: 'aad', customParameters: { resourceUri: { value: 'https://graph.microsoft.com' } } }) },
    { name: 'API key connector', patch: {} },
  ],
  invalid: [
    { name: 'no oAuthSettings', patch: params({ token: { type: 'oauthSetting' } }), messages: ['noSettings'] },
    { name: 'no identityProvider', patch: oauth({ identityProvider: null }), messages: ['noIdentityProvider'] },
    { name: 'aad without resourceUri', patch: oauth({ identityProvider: 'aad', customParameters: { loginUri: { value: 'https://login.windows.net' } } }), messages: ['aadResourceUri'] },
    { name: 'aadcertificate not first party', patch: oauth({ identityProvider: 'aadcertificate', properties: { IsFirstParty: 'False' } }), messages: ['firstParty'] },
    { name: 'oauth2 without refreshUrl', patch: oauth({ customParameters: { refreshUrl: null } }), messages: ['oauth2Urls'] },
    { name: 'unknown redirectMode', patch: oauth({ redirectMode: 'Local' }), messages: ['redirectMode'] },
    { name: 'scopes as a string', patch: oauth({ scopes: 'tides.read' }), messages: ['scopes'] },
  ],
});
