import { defineCheck, type DiffCheckDocs } from '../check.js';
import { canonicalNames } from '../../parse/connector.js';
import type { JsonDocument } from '../side.js';

export const docs: DiffCheckDocs = {
  rationale:
    'A connector whose swagger or properties cannot be parsed cannot be imported or published, and syntax errors that a lenient reader skips are rejected by paconn and the validator. When the base version is the broken one, the diff has nothing reliable to compare against.',
  fix: 'Fix the JSON (the `artifact-json-valid` rule shows where) and run the diff again.',
  source: 'DESIGN.md section 9 (broken input becomes a finding, never a crash).',
};

export default defineCheck({
  id: 'bc-file-unreadable',
  area: 'connector',
  level: 'breaking',
  description:
    'The swagger or apiProperties.json of the revision is missing or unreadable (breaking), newly has JSON syntax errors (warning), or that of the base is unreadable (warning).',
  messages: {
    revisionBroken: '{file} of the revision cannot be read ({reason}); the connector cannot be imported, so every existing flow would stop working. Nothing in it was compared.',
    revisionMissing: '{file} is missing from the revision; the connector cannot be imported, so every existing flow would stop working.',
    revisionRecovered: '{file} of the revision has JSON syntax errors ({reason}) that strict tools reject; it was compared as far as it could be read.',
    baseBroken: '{file} of the base version cannot be read ({reason}), so it was not compared; check the changes by hand.',
  },
  visit: {
    connector(pair, report) {
      for (const role of ['apiDefinition', 'apiProperties'] as const) {
        const from = pair.base[role];
        const to = pair.revision[role];
        // Identical files are no change, broken or not.
        if (from.file && to.file && from.file.text === to.file.text) continue;
        const file = to.file?.name ?? from.file?.name ?? canonicalNames[role]!;
        if (to.state === 'unreadable') {
          report({ messageId: 'revisionBroken', file: role, data: { file, reason: reasonOf(to) }, revision: '' });
        } else if (to.state === 'absent' && from.state !== 'absent') {
          report({ messageId: 'revisionMissing', file: role, data: { file }, base: '' });
        } else if (from.state === 'unreadable') {
          report({ messageId: 'baseBroken', level: 'warning', file: role, data: { file, reason: reasonOf(from) }, base: '' });
        } else if (to.state === 'recovered' && from.state !== 'recovered') {
          report({ messageId: 'revisionRecovered', level: 'warning', file: role, data: { file, reason: reasonOf(to) }, revision: '' });
        }
      }
    },
  },
});

function reasonOf(doc: JsonDocument): string {
  const diagnostic = doc.file?.diagnostics.find((d) => d.code === 'syntax-error' || d.code === 'too-deep');
  if (!diagnostic) return 'its root is not a JSON object';
  // The parser's sentence names the line already; here it becomes a clause inside parentheses.
  const reason = diagnostic.message.replace(/\.$/, '');
  return reason.charAt(0).toLowerCase() + reason.slice(1);
}
