import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { operationLabel, textField } from '../shared/operations.js';
import { showChar } from '../shared/text.js';
import { summaryRestrictedChars } from '../shared/words.js';

/**
 * The printable ASCII characters this rule reports, by code: all but letters, digits, space and parentheses. Restricted
 * characters and those outside printable ASCII are left to other rules.
 */
const reported = new Uint8Array(128);
for (let code = 0x21; code <= 0x7e; code++) {
  // By code, not by a regular expression: this runs as the CLI starts, and compiling one cost more than the loop.
  const lower = code | 0x20;
  const allowed = (code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a) || code === 0x28 || code === 0x29;
  if (!allowed && !summaryRestrictedChars.includes(String.fromCharCode(code))) reported[code] = 1;
}

function firstReportedChar(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128 && reported[code]) return text[i];
  }
  return undefined;
}

export const docs: RuleDocs = {
  rationale:
    'The certification page asks for summaries made of alphanumeric characters and parentheses. Accepted connectors often use hyphens, apostrophes and commas, so this is advice, not a rejection.',
  fix: "Reword without the character: 'Get user's e-mail' becomes 'Get user email'.",
  source: 'Microsoft Learn, certification submission.',
};

export default defineRule({
  meta: {
    id: 'op-summary-charset',
    area: 'op',
    description: 'Operation summaries contain only letters, digits, spaces and parentheses.',
    severity: certification('info'),
    messages: {
      char: "The summary of operation '{operation}' contains {char}; Microsoft asks for letters, digits, spaces and parentheses only.",
    },
  },
  create(context) {
    return {
      operation(operation) {
        const summary = textField(operation.value, operation.pointer, 'summary');
        const char = summary && firstReportedChar(summary.text);
        if (summary && char) {
          context.report({ messageId: 'char', pointer: summary.pointer, data: { operation: operationLabel(operation), char: showChar(char) } });
        }
      },
    };
  },
});
