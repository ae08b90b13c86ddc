import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { codeOnly } from '../../parse/csharp.js';

const newHttpClient = /\bnew\s+(?:System\.Net\.Http\.)?HttpClient\s*\(/g;

export const docs: RuleDocs = {
  rationale:
    'Microsoft says a script may still create an HttpClient today but that this will be blocked; Context.SendAsync goes through the platform, with its policies and limits.',
  fix: 'Build an HttpRequestMessage and send it with `await this.Context.SendAsync(request, this.CancellationToken)`.',
  source: 'Microsoft Learn, write code in a custom connector, FAQ.',
};

export default defineRule({
  meta: {
    id: 'script-sendasync',
    area: 'script',
    description: 'script.csx sends requests with `this.Context.SendAsync`, not with its own HttpClient.',
    severity: certification('warning'),
    messages: {
      newHttpClient: '{file} creates its own HttpClient; send requests with this.Context.SendAsync(request, this.CancellationToken) instead.',
    },
  },
  create(context) {
    return {
      script({ file }) {
        for (const match of codeOnly(file.text).matchAll(newHttpClient)) {
          context.report({ messageId: 'newHttpClient', pointer: '', data: { file: file.name }, span: { offset: match.index, length: match[0].length } });
        }
      },
    };
  },
});
