import { certification, defineRule } from '../../core/rule.js';

export default defineRule({
  meta: {
    id: 'artifact-coding-style',
    area: 'artifact',
    description: 'The connector files use spaces, not tabs, and have no trailing whitespace.',
    severity: certification('info'),
    messages: {
      tabs: '{file} has tab characters on {count} line(s), the first on line {line}; indent with spaces.',
      trailing: '{file} has trailing whitespace on {count} line(s), the first on line {line}; remove it.',
    },
    docs: {
      rationale:
        "Microsoft's coding standards ask for soft indentation and no trailing whitespace, which keep diffs of connector updates readable. The indentation width is not checked: almost every accepted connector uses two spaces, as paconn writes them.",
      fix: "Let your editor convert tabs to spaces and trim trailing whitespace on save (or format the JSON with 'paconn download' / a JSON formatter).",
      source: 'Microsoft Learn, coding standards for custom connectors.',
    },
  },
  create(context) {
    return {
      file({ file }) {
        if (file.type === 'binary' || !['apiDefinition', 'apiProperties', 'script'].includes(file.role)) return;
        const found = { tabs: { count: 0, line: 0 }, trailing: { count: 0, line: 0 } };
        const note = (kind: keyof typeof found, line: number) => {
          if (!found[kind].count++) found[kind].line = line;
        };
        // One pass over the characters: a large swagger is split into no arrays.
        const { text } = file;
        let line = 1;
        let hasTab = false;
        for (let i = 0; i <= text.length; i++) {
          const code = i < text.length ? text.charCodeAt(i) : 10;
          if (code === 9) hasTab = true;
          if (code !== 10) continue;
          const last = text.charCodeAt(text.charCodeAt(i - 1) === 13 ? i - 2 : i - 1);
          if (hasTab) note('tabs', line);
          if (last === 32 || last === 9) note('trailing', line);
          line++;
          hasTab = false;
        }
        for (const kind of ['tabs', 'trailing'] as const) {
          const { count, line } = found[kind];
          if (count) context.report({ messageId: kind, pointer: '', data: { file: file.name, count, line }, span: { line } });
        }
      },
    };
  },
});
