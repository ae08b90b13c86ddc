import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';

export const docs: RuleDocs = {
  rationale:
    'A file that could not be read was not checked, and the platform could not read it either: a symbolic link that loops or leads out of the connector folder is not part of what gets submitted. Reporting it keeps a broken file from passing as if it were absent or fine.',
  fix: 'Replace the link with the file itself (or a link to a file inside the connector folder), or pass the file as text or bytes when calling the library.',
  source: 'connector-certify: how the tool reads a connector (loadConnector follows symbolic links only inside the folder).',
};

export default defineRule({
  meta: {
    id: 'artifact-file-readable',
    area: 'artifact',
    description: 'Every file of the connector could be read.',
    severity: everywhere('error'),
    messages: {
      unread: '{file} could not be read, so it was not checked: {detail}',
    },
  },
  create(context) {
    return {
      file({ file }) {
        if (file.type !== 'binary' || !file.unread || file.unread.reason === 'too-large') return;
        context.report({ messageId: 'unread', pointer: '', data: { file: file.name, detail: file.unread.detail } });
      },
    };
  },
});
