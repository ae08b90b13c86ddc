import type { Finding } from '../core/types.js';
import { findSecrets, secretRuleIds } from '../rules/shared/secrets.js';
import type { Span } from './code-frame.js';

/**
 * Everything in a source text that a code frame must not show: what the secret scan finds in it (even when its
 * rule is off or the finding is baselined), and the values that secret rules reported there by pointer (a JSON
 * string's characters, without its quotes).
 */
export function secretSpans(fileName: string, text: string, findings: readonly Finding[] = []): Span[] {
  const spans: Span[] = findSecrets(text, fileName).map(({ offset, length }) => ({ offset, length }));
  for (const finding of findings) {
    if (!finding.range || finding.file !== fileName || !secretRuleIds.has(finding.ruleId)) continue;
    let offset = finding.range.start.offset;
    let end = finding.range.end.offset;
    if (end - offset >= 2 && text[offset] === '"' && text[end - 1] === '"') {
      offset += 1;
      end -= 1;
    }
    if (!spans.some((span) => span.offset === offset && span.length === end - offset)) spans.push({ offset, length: end - offset });
  }
  return spans;
}
