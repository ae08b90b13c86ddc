import rule from '../../../src/rules/readme/readme-oauth-app-steps.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { readme, replaced } from './readme-fixture.js';

const oauth = {
  apiDefinition: {
    securityDefinitions: {
      api_key: null,
      oauth2_auth: {
        type: 'oauth2',
        flow: 'accessCode',
        authorizationUrl: 'https://tidewatch.example.com/oauth/authorize',
        tokenUrl: 'https://tidewatch.example.com/oauth/token',
        scopes: {},
      },
    },
    security: [{ oauth2_auth: [] }],
  },
};

export default defineCases({
  rule,
  valid: [
    { name: 'API key connector needs no OAuth steps', patch: {} },
    {
      name: 'OAuth connector explaining the app registration',
      patch: {
        ...oauth,
        ...readme(
          replaced(
            'Sign in to Tidewatch, open your account page and create an API key.',
            'Register an app in the Tidewatch developer portal with the redirect URL https://global.consent.azure-apim.net/redirect and note its client ID and secret.',
          ),
        ),
      },
    },
  ],
  invalid: [{ name: 'OAuth connector whose readme only speaks of API keys', patch: oauth, messages: ['noSteps'] }],
});
