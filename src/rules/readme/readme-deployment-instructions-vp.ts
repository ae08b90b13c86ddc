import type { RuleDocs } from '../../core/rule.js';
import { sectionRule } from '../shared/readme-section-rule.js';

export const docs: RuleDocs = {
  rationale:
    "Verified publishers must tell customers how to deploy the connector themselves; the certified template marks the section required. Headings such as 'Deploying the connector' count. It is a warning: 120 of the 277 certified folders Microsoft merged into microsoft/PowerPlatformConnectors have no such section, so reviewers do not hold a submission back for it.",
  fix: "Add '## Deployment Instructions' with the steps to create the connector from these files, e.g. with 'paconn create'.",
  source: 'microsoft/PowerPlatformConnectors templates/certified-connectors/readme.md; the merged certified folders at 8bff86e for the level.',
};

export default sectionRule({
  id: 'readme-deployment-instructions-vp',
  section: 'deploymentInstructions',
  description: "A certified connector's readme has a non-empty '## Deployment Instructions' section.",
  severity: { certified: 'warning' },
  contents: 'explain how to deploy the connector as a custom connector (for example with paconn create)',
});
