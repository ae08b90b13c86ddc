import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';

export const docs: RuleDocs = {
  rationale:
    'paconn and the platform read connector files as UTF-8. Bytes that are not UTF-8 turn accented letters and quotes into garbage in the published strings.',
  fix: 'Re-save the file as UTF-8 in your editor.',
  source: 'paconn validate (reads files as utf-8-sig).',
};

export default defineRule({
  meta: {
    id: 'artifact-file-encoding',
    area: 'artifact',
    description: 'Text files are UTF-8.',
    severity: everywhere('warning'),
    messages: {
      latin1: '{file} is not valid UTF-8; it was read as Latin-1 (windows-1252). Save it as UTF-8.',
      utf16: '{file} is UTF-16; save it as UTF-8.',
    },
  },
  create(context) {
    return {
      file({ file }) {
        if (file.type === 'binary') return;
        if (file.encoding.includes('utf16')) context.report({ messageId: 'utf16', pointer: '', data: { file: file.name } });
        if (file.encoding.includes('latin1')) context.report({ messageId: 'latin1', pointer: '', data: { file: file.name } });
      },
    };
  },
});
