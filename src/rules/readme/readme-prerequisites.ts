import { certification, type RuleDocs } from '../../core/rule.js';
import { sectionRule } from '../shared/readme-section-rule.js';

export const docs: RuleDocs = {
  rationale: 'Users read the published readme to learn what they need before the connector works for them; the template marks the section required.',
  fix: "Add '## Prerequisites' with the account, subscription or licence the service requires, or say that nothing is needed.",
  source: 'microsoft/PowerPlatformConnectors templates/Independent Publisher/readme.md.',
};

export default sectionRule({
  id: 'readme-prerequisites',
  section: 'prerequisites',
  description: "The readme has a non-empty '## Prerequisites' section ('Pre-requisites' accepted).",
  severity: certification('error'),
  contents: 'list the accounts, plans, licences and tools a user needs before creating a connection',
});
