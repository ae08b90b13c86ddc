import type { Finding } from '../../core/types.js';
import { rules as catalogue } from '../../rules/catalogue.js';
import type { RuleDocs } from '../../core/rule.js';

/**
 * The hover text of one finding, as markdown: the rule and its level, the message, why the rule exists, how to fix
 * it and a link to the rule's page. The message quotes connector text, so it is escaped to show as written.
 */
export function hoverText(finding: Finding, docs: RuleDocs | undefined): string {
  const url = finding.docsUrl ?? catalogue.find((rule) => rule.id === finding.ruleId)?.docsUrl;
  const parts = [`**${finding.ruleId}** (${finding.severity})`, escapeMarkdown(finding.message)];
  if (docs) parts.push(docs.rationale, `How to fix: ${docs.fix}`);
  if (url) parts.push(`[Rule page: ${finding.ruleId}](${url})`);
  return parts.join('\n\n');
}

/** Untrusted text shown as written: markup characters escaped, HTML inert, on one line. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]{}()#+\-.!|~<>&]/g, (char) => (char === '<' ? '&lt;' : char === '>' ? '&gt;' : char === '&' ? '&amp;' : `\\${char}`));
}
