import readmeDeploymentInstructionsVp from './readme-deployment-instructions-vp.js';
import readmeExists from './readme-exists.js';
import readmeKnownIssues from './readme-known-issues.js';
import readmeNoTemplateText from './readme-no-template-text.js';
import readmeOauthAppSteps from './readme-oauth-app-steps.js';
import readmeObtainingCredentials from './readme-obtaining-credentials.js';
import readmeOperationsDocumented from './readme-operations-documented.js';
import readmePrerequisites from './readme-prerequisites.js';
import readmePublisher from './readme-publisher.js';
import readmeSupportedOperations from './readme-supported-operations.js';
import readmeTitleIntro from './readme-title-intro.js';

import type { Rule } from '../../core/rule.js';

export const readmeRules: Rule[] = [
  readmeDeploymentInstructionsVp,
  readmeExists,
  readmeKnownIssues,
  readmeNoTemplateText,
  readmeOauthAppSteps,
  readmeObtainingCredentials,
  readmeOperationsDocumented,
  readmePrerequisites,
  readmePublisher,
  readmeSupportedOperations,
  readmeTitleIntro,
];
