import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { isProposalFolder } from '../shared/proposal.js';

export const docs: RuleDocs = {
  rationale:
    'Independent publishers may first submit a proposal: a pull request titled "Proposal - <connector name>" whose folder holds only the readme describing the planned connector. That is a normal step, not a broken submission, so a readme-only folder gets this one note instead of artifact-required-files errors.',
  fix: 'Nothing, while the folder is a proposal. When you submit the connector itself, add apiDefinition.swagger.json and apiProperties.json beside the readme.',
  source: 'microsoft/PowerPlatformConnectors README (independent publisher proposal pull requests); the merged repository holds such readme-only proposal folders.',
};

export default defineRule({
  meta: {
    id: 'artifact-proposal-folder',
    area: 'artifact',
    description: 'A folder with a readme and neither JSON file is read as a connector proposal.',
    severity: certification('info'),
    messages: {
      proposal:
        'This folder holds a readme but neither apiDefinition.swagger.json nor apiProperties.json, as a connector proposal does; add both when you submit the connector itself.',
    },
  },
  create(context) {
    return {
      connector({ input }) {
        if (isProposalFolder(input)) context.report({ messageId: 'proposal', pointer: '', file: input.files.find((f) => f.role === 'readme')!.name });
      },
    };
  },
});
