import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { codeOnly } from '../../parse/csharp.js';

const classDeclaration = /\bclass\s+([A-Za-z_]\w*)\s*:\s*([A-Za-z_][\w.]*)/g;

export const docs: RuleDocs = {
  rationale:
    'The platform compiles the script and calls ExecuteAsync on the class Script, which must derive from ScriptBase; without them no operation can run the code. Two accepted connectors name the class `script` in lower case, so the name is compared without regard to case.',
  fix: 'Wrap the code in `public class Script : ScriptBase { public override async Task<HttpResponseMessage> ExecuteAsync() { ... } }`.',
  source: 'Microsoft Learn, write code in a custom connector.',
};

export default defineRule({
  meta: {
    id: 'script-class-shape',
    area: 'script',
    description: 'script.csx declares `class Script : ScriptBase` with an `ExecuteAsync()` method.',
    severity: everywhere('error'),
    messages: {
      noScriptClass: '{file} declares no class deriving from ScriptBase; write `public class Script : ScriptBase` around your code.',
      wrongName: "{file} names its ScriptBase class '{name}'; the platform looks for a class named Script.",
      noExecuteAsync: '{file} has no ExecuteAsync method; override `Task<HttpResponseMessage> ExecuteAsync()` in the Script class.',
    },
  },
  create(context) {
    return {
      script({ file }) {
        const code = codeOnly(file.text);
        const scriptClasses = [...code.matchAll(classDeclaration)].filter((match) => /(^|\.)ScriptBase$/.test(match[2]!));
        if (!scriptClasses.length) {
          context.report({ messageId: 'noScriptClass', pointer: '', data: { file: file.name }, span: { offset: 0, length: 0 } });
        } else if (!scriptClasses.some((match) => match[1]!.toLowerCase() === 'script')) {
          const first = scriptClasses[0]!;
          context.report({
            messageId: 'wrongName',
            pointer: '',
            data: { file: file.name, name: first[1]! },
            span: { offset: first.index, length: first[0].length },
          });
        }
        if (!/\bExecuteAsync\s*\(/.test(code)) {
          context.report({ messageId: 'noExecuteAsync', pointer: '', data: { file: file.name }, span: { offset: 0, length: 0 } });
        }
      },
    };
  },
});
