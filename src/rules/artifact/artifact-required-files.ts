import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { isProposalFolder } from '../shared/proposal.js';

const required = [
  { role: 'apiDefinition', name: 'apiDefinition.swagger.json' },
  { role: 'apiProperties', name: 'apiProperties.json' },
] as const;

export const docs: RuleDocs = {
  rationale:
    'A submission is the swagger definition, the API properties file and a readme; without either JSON file nothing can be deployed. A folder with a readme and neither JSON file is a connector proposal, a normal step of the repository\'s workflow: artifact-proposal-folder notes it instead (earlier versions reported both files missing).',
  fix: "Add the missing file. 'paconn download' writes both for an existing custom connector.",
  source: 'microsoft/PowerPlatformConnectors README (files to submit); Microsoft Learn, certification submission step 4.',
};

export default defineRule({
  meta: {
    id: 'artifact-required-files',
    area: 'artifact',
    description: 'The folder holds apiDefinition.swagger.json and apiProperties.json (the readme is checked by readme-exists).',
    severity: certification('error'),
    messages: {
      missing: 'The connector folder has no {name}; add it.',
    },
  },
  create(context) {
    return {
      connector({ input }) {
        if (isProposalFolder(input)) return;
        for (const { role, name } of required) {
          if (!input.files.some((file) => file.role === role)) context.report({ messageId: 'missing', pointer: '', file: name, data: { name } });
        }
      },
    };
  },
});
