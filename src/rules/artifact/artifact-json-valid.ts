import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';

export const docs: RuleDocs = {
  rationale:
    'The platform and paconn read these files as strict JSON: a missing comma, a trailing comma or a comment stops the upload. The other rules still check what could be recovered.',
  fix: 'Correct the JSON at the position given: add the missing comma or bracket, remove trailing commas and comments.',
  source: 'paconn validate (reads the files as UTF-8 JSON); microsoft/PowerPlatformConnectors pipelines.',
};

export default defineRule({
  meta: {
    id: 'artifact-json-valid',
    area: 'artifact',
    description: 'The JSON files of the connector parse as strict JSON.',
    severity: everywhere('error'),
    messages: {
      syntax: '{file} is not valid JSON: {detail} Fix it; the rest of the file was read as far as possible.',
      empty: '{file} is empty; it must hold a JSON object.',
    },
  },
  create(context) {
    return {
      file({ file }) {
        if (file.type !== 'json') return;
        if (file.value === undefined && file.text.trim() === '' && !file.diagnostics.some((d) => d.code === 'too-deep')) {
          context.report({ messageId: 'empty', pointer: '', data: { file: file.name } });
          return;
        }
        for (const diagnostic of file.diagnostics) {
          if (diagnostic.code === 'duplicate-key' || diagnostic.code === 'long-string') continue;
          context.report({
            messageId: 'syntax',
            pointer: '',
            data: { file: file.name, detail: diagnostic.message },
            span: { offset: diagnostic.offset, length: diagnostic.length },
          });
        }
      },
    };
  },
});
