import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { codeOnly, usingDirectives } from '../../parse/csharp.js';

/**
 * Namespaces custom code may import: the list on Microsoft Learn (write code in a custom connector), plus the one
 * Microsoft's own certified scripts import (Azure Communication Services Email, Identity and MMS), which therefore compiles.
 */
export const supportedNamespaces: ReadonlySet<string> = new Set([
  'System',
  'System.Collections',
  'System.Collections.Generic',
  'System.Diagnostics',
  'System.IO',
  'System.IO.Compression',
  'System.Linq',
  'System.Net',
  'System.Net.Http',
  'System.Net.Http.Headers',
  'System.Net.Security',
  'System.Security.Authentication',
  'System.Security.Cryptography',
  'System.Text',
  'System.Text.RegularExpressions',
  'System.Threading',
  'System.Threading.Tasks',
  'System.Web',
  'System.Xml',
  'System.Xml.Linq',
  'System.Drawing',
  'System.Drawing.Drawing2D',
  'System.Drawing.Imaging',
  'Microsoft.Extensions.Logging',
  'Newtonsoft.Json',
  'Newtonsoft.Json.Linq',
  'Microsoft.PowerPlatform.Connectors.CustomCode.CSharp',
]);

/** The namespace a static import or an alias may name a type of. */
function containingNamespace(name: string): string {
  return name.slice(0, Math.max(0, name.lastIndexOf('.')));
}

export const docs: RuleDocs = {
  rationale:
    'Custom code runs in a sandbox that only references a fixed list of assemblies; a script that imports anything else does not compile, and the connector cannot be saved.',
  fix: 'Remove the using directive and rewrite the code with the supported namespaces (for JSON, Newtonsoft.Json instead of System.Text.Json).',
  source:
    "Microsoft Learn, write code in a custom connector; microsoft/PowerPlatformConnectors certified-connectors/Azure Communication Services Identity/script.csx (Microsoft's own script, deployed, imports Microsoft.PowerPlatform.Connectors.CustomCode.CSharp).",
};

export default defineRule({
  meta: {
    id: 'script-namespaces',
    area: 'script',
    description: 'script.csx imports only the namespaces custom code supports.',
    severity: everywhere('error'),
    messages: {
      unsupported: "{file} imports '{namespace}', which custom code does not support; use only the supported namespaces (System, System.Net.Http, Newtonsoft.Json, ...).",
    },
  },
  create(context) {
    return {
      script({ file }) {
        for (const directive of usingDirectives(codeOnly(file.text))) {
          const { name, kind } = directive;
          if (supportedNamespaces.has(name)) continue;
          if (kind !== 'namespace' && supportedNamespaces.has(containingNamespace(name))) continue;
          context.report({
            messageId: 'unsupported',
            pointer: '',
            data: { file: file.name, namespace: name },
            span: { offset: directive.offset, length: directive.length },
          });
        }
      },
    };
  },
});
