import { certification, defineRule, type RuleDocs } from '../../core/rule.js';

export const docs: RuleDocs = {
  rationale: 'Microsoft publishes the readme as the connector documentation and needs it for both kinds of publisher.',
  fix: 'Add readme.md next to the swagger, following the independent publisher template.',
  source: 'microsoft/PowerPlatformConnectors README; Microsoft Learn, certification submission.',
};

export default defineRule({
  meta: {
    id: 'readme-exists',
    area: 'readme',
    description: 'The folder holds a non-empty readme.md (any letter case).',
    severity: certification('error'),
    messages: {
      missing: 'The connector folder has no readme.md; add one from the template (publisher, prerequisites, operations, credentials, known issues).',
      empty: '{file} is empty; fill in the sections of the template.',
    },
  },
  create(context) {
    return {
      connector({ input }) {
        const readme = input.files.find((file) => file.role === 'readme');
        if (!readme) context.report({ messageId: 'missing', pointer: '', file: 'readme.md' });
        else if (readme.type !== 'binary' && readme.text.trim() === '') {
          context.report({ messageId: 'empty', pointer: '', file: readme.name, data: { file: readme.name } });
        }
      },
    };
  },
});
