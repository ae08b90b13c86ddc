import { certification, type RuleDocs } from '../../core/rule.js';
import { sectionRule } from '../shared/readme-section-rule.js';

export const docs: RuleDocs = {
  rationale: 'Users need to know the limits of the connector before building on it; the template marks the section required.',
  fix: "Add '## Known Issues and Limitations' with rate limits, plan restrictions and unsupported features, or 'None known.'.",
  source: 'microsoft/PowerPlatformConnectors templates/Independent Publisher/readme.md.',
};

export default sectionRule({
  id: 'readme-known-issues',
  section: 'knownIssues',
  description: "The readme has a non-empty '## Known Issues and Limitations' section ('Limitations' and 'Known Issues' accepted).",
  severity: certification('warning'),
  contents: 'list the limits a user may meet (rate limits, unsupported features), or say that none are known',
});
