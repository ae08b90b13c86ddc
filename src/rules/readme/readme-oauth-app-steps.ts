import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { usesOAuth } from '../shared/auth.js';
import { findSection } from '../shared/readme.js';

/** Words that instructions for creating an OAuth app cannot avoid; a readme with none of them has no such steps. */
const oauthAppTerms = [
  'redirect',
  'callback',
  'client id',
  'client_id',
  'clientid',
  'client-id',
  'client secret',
  'client_secret',
  'regist',
  'oauth app',
  'oauth application',
  'new app',
  'new application',
  'create an app',
  'create an application',
];

export const docs: RuleDocs = {
  rationale:
    'Microsoft creates its own OAuth app for a certified connector from the steps in the readme; without them certification is delayed. The check looks for the words such steps always use (redirect, client ID, client secret, register...), so it is a warning.',
  fix: "In '## Obtaining Credentials', describe how to register an app with the service, which redirect URL to allow (https://global.consent.azure-apim.net/redirect) and where to find the client ID and secret.",
  source:
    'microsoft/PowerPlatformConnectors README; Microsoft Learn, independent publisher certification.',
};

export default defineRule({
  meta: {
    id: 'readme-oauth-app-steps',
    area: 'readme',
    description: 'A connector that signs in with OAuth explains in its readme how to create the OAuth app.',
    severity: certification('warning'),
    messages: {
      noSteps: '{file} does not explain how to create the OAuth app this connector signs in with; add the steps (where to register the app, the redirect URL to allow, where to find the client ID and secret).',
    },
  },
  create(context) {
    return {
      readme({ file }) {
        if (file.text.trim() === '' || !usesOAuth(context.input)) return;
        const text = file.text.toLowerCase();
        if (!oauthAppTerms.some((term) => text.includes(term))) {
          const credentials = findSection(file.document, 'obtainingCredentials');
          context.report({
            messageId: 'noSteps',
            pointer: credentials?.pointer ?? '',
            data: { file: file.name },
            span: { line: credentials?.line ?? 1 },
          });
        }
      },
    };
  },
});
