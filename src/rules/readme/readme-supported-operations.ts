import type { RuleDocs } from '../../core/rule.js';
import { sectionRule } from '../shared/readme-section-rule.js';

export const docs: RuleDocs = {
  rationale:
    "The section becomes the operation list of the published documentation; both readme templates mark it required. Headings such as 'Supported Actions and Triggers' or 'Available Operations' count. For certified connectors it is a warning: 45 of the 277 certified folders Microsoft merged into microsoft/PowerPlatformConnectors (from 2020 to 2024) have no such section, so reviewers do not hold a submission back for it.",
  fix: "Add '## Supported Operations' with a '### <summary>' sub-heading and a sentence for each action and trigger.",
  source:
    'microsoft/PowerPlatformConnectors templates/Independent Publisher/readme.md and templates/certified-connectors/readme.md; the merged certified folders at 8bff86e for the certified level.',
};

export default sectionRule({
  id: 'readme-supported-operations',
  section: 'supportedOperations',
  description: "The readme has a non-empty '## Supported Operations' section.",
  severity: { 'independent-publisher': 'error', certified: 'warning' },
  contents: "describe the actions and triggers, one '### <operation summary>' heading each",
});
