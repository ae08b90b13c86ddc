import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';

export const docs: RuleDocs = {
  rationale:
    'The checker reads at most `limits.maxFileBytes` of a file (2 MiB by default) and `limits.maxStringLength` of a JSON string (256 Ki characters), so that a generated or hostile file cannot take minutes and gigabytes. The platform refuses a definition of 1 MB or more (rule meta-file-size) and no merged connector holds a string over 40,000 characters, so a real connector stays below both. What was not read was not checked, so this is an error: a pass must not hide an unchecked file.',
  fix: 'Make the file smaller (move long examples or embedded data out of the swagger), or raise the limit if the file is real: `limits` in `parseConnector`, `validateConnector` or `diffConnectors` from the library.',
  source: 'connector-certify: the reading limits of this tool (not a platform requirement).',
};

export default defineRule({
  meta: {
    id: 'artifact-size-limit',
    area: 'artifact',
    description: 'Every file and every JSON string is within the reading limits, so the whole connector was checked.',
    severity: everywhere('error'),
    messages: {
      file: '{file} was not checked: {detail} Make it smaller, or raise the limit.',
      string: '{detail} Shorten it, or raise the limit.',
    },
  },
  create(context) {
    return {
      file({ file }) {
        if (file.type === 'binary' && file.unread?.reason === 'too-large') {
          context.report({ messageId: 'file', pointer: '', data: { file: file.name, detail: file.unread.detail } });
        }
        if (file.type !== 'json') return;
        for (const diagnostic of file.diagnostics) {
          if (diagnostic.code !== 'long-string') continue;
          const span = file.text === '' ? undefined : { offset: diagnostic.offset, length: diagnostic.length };
          context.report({ messageId: 'string', pointer: diagnostic.pointer ?? '', data: { detail: diagnostic.message }, ...(span && { span }) });
        }
      },
    };
  },
});
