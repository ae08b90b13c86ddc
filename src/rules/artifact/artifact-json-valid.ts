import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';

export const docs: RuleDocs = {
  rationale:
    'The platform and paconn read these files as strict JSON: a missing comma, a trailing comma or a comment stops the upload. After a syntax error the rest of the file can only be guessed at (one missing bracket shifts every key after it), so a file with a syntax error gets this one finding: the first error, with the character that is missing where the text makes it clear. No other rule reads that file until it parses; rules on the other files, and on the file\'s name, encoding and size, still run. Comments and trailing commas do not make the rest uncertain, so the file is still checked in full.',
  fix: 'Correct the JSON at the position given: add the missing comma or bracket, remove trailing commas and comments, then check again to see the findings on the rest of the file.',
  source: 'paconn validate (reads the files as UTF-8 JSON); microsoft/PowerPlatformConnectors pipelines.',
};

export default defineRule({
  meta: {
    id: 'artifact-json-valid',
    area: 'artifact',
    description: 'The JSON files of the connector parse as strict JSON.',
    severity: everywhere('error'),
    messages: {
      syntax: '{file} is not valid JSON: {detail} Fix it and check again; the other checks of this file wait until it parses.',
      strictness: '{file} is not strict JSON: {detail} Remove it.',
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
            messageId: diagnostic.code === 'comment' || diagnostic.code === 'trailing-comma' ? 'strictness' : 'syntax',
            pointer: '',
            data: { file: file.name, detail: diagnostic.message },
            span: { offset: diagnostic.offset, length: diagnostic.length },
          });
        }
      },
    };
  },
});
