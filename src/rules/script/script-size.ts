import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';

export const maxScriptBytes = 1024 * 1024;

export const docs: RuleDocs = {
  rationale: 'The platform refuses a script file over 1 MB.',
  fix: 'Remove unused code and embedded data from the script, or move work to the service or to policy templates.',
  source: 'Microsoft Learn, write code in a custom connector.',
};

export default defineRule({
  meta: {
    id: 'script-size',
    area: 'script',
    description: 'script.csx is at most 1 MB.',
    severity: everywhere('error'),
    messages: {
      tooLarge: '{file} is {size} bytes; custom code is limited to 1 MB (1,048,576 bytes), so move logic out of the script or shorten it.',
    },
  },
  create(context) {
    return {
      file({ file }) {
        if (file.role === 'script' && file.size > maxScriptBytes) {
          context.report({ messageId: 'tooLarge', pointer: '', data: { file: file.name, size: file.size } });
        }
      },
    };
  },
});
