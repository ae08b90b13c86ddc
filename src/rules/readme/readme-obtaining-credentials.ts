import { certification, type RuleDocs } from '../../core/rule.js';
import { usesAuthentication } from '../shared/auth.js';
import { sectionRule } from '../shared/readme-section-rule.js';

export const docs: RuleDocs = {
  rationale:
    'Users cannot create a connection without knowing where to get the credential it asks for. A connector without any security definition or connection parameter asks for nothing, so the section is only required when it does.',
  fix: "Add '## Obtaining Credentials' with the steps to sign up and create the API key, password or OAuth app.",
  source: 'microsoft/PowerPlatformConnectors templates/Independent Publisher/readme.md.',
};

export default sectionRule({
  id: 'readme-obtaining-credentials',
  section: 'obtainingCredentials',
  description: "A connector that asks for credentials has a non-empty '## Obtaining Credentials' section in its readme.",
  severity: certification('warning'),
  contents: 'explain the authentication method and how to get the key, password or app credentials',
  requiredWhen: usesAuthentication,
});
