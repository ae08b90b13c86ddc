import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';

export const docs: RuleDocs = {
  rationale: 'A custom connector holds a single custom code file; a second one is never deployed.',
  fix: 'Merge the classes into one script.csx with a single Script class.',
  source: 'Microsoft Learn, write code in a custom connector, FAQ.',
};

export default defineRule({
  meta: {
    id: 'script-single-file',
    area: 'script',
    description: 'The connector has at most one script file.',
    severity: everywhere('error'),
    messages: {
      several: 'The connector has {count} script files ({names}); a connector supports one, so merge them into script.csx.',
    },
  },
  create(context) {
    return {
      connector({ input }) {
        const scripts = input.files.filter((file) => file.role === 'script');
        if (scripts.length < 2) return;
        const names = scripts.map((file) => file.name);
        context.report({ messageId: 'several', file: names[1], pointer: '', data: { count: names.length, names: names.join(', ') } });
      },
    };
  },
});
