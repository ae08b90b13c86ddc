import { certification, type RuleDocs } from '../../core/rule.js';
import { sectionRule } from '../shared/readme-section-rule.js';

export const docs: RuleDocs = {
  rationale: 'The section becomes the operation list of the published documentation; the template marks it required.',
  fix: "Add '## Supported Operations' with a '### <summary>' sub-heading and a sentence for each action and trigger.",
  source: 'microsoft/PowerPlatformConnectors templates/Independent Publisher/readme.md.',
};

export default sectionRule({
  id: 'readme-supported-operations',
  section: 'supportedOperations',
  description: "The readme has a non-empty '## Supported Operations' section.",
  severity: certification('error'),
  contents: "describe the actions and triggers, one '### <operation summary>' heading each",
});
