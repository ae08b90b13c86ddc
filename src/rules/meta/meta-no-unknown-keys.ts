import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { renameKey } from '../shared/fixes.js';
import { schemaIssuesOf } from '../shared/schema-issues.js';

export const docs: RuleDocs = {
  rationale:
    'A misspelled or misplaced key is silently ignored at best (a typo such as `x-ms-visbility` leaves the parameter visible) and rejected by the validator at worst; `x-ms-` is reserved for Power Platform extensions.',
  fix: 'Correct the key (the message suggests the closest known one), move an extension to the object where it belongs, or rename your own extension to start with `x-` but not `x-ms-`. When exactly one allowed key is near the misspelt one, the finding carries a fix that renames it.',
  source: "Microsoft Learn, Swagger Validator rules AdditionalPropertyNotAllowed and ExtensionNameNotValid; microsoft/PowerPlatformConnectors schemas/apiDefinition.swagger.schema.json (vendor extensions match ^x-(?!ms-)).",
};

export default defineRule({
  meta: {
    id: 'meta-no-unknown-keys',
    area: 'meta',
    description: 'Objects hold only the keys of Swagger 2.0 and vendor extensions (`x-ms-*` keys are checked by ext-unknown-x-ms, keys inside x-ms-capabilities by ext-capabilities).',
    severity: everywhere('error'),
    fixable: true,
    messages: {
      unknownKey: 'Unknown key: {detail}',
    },
  },
  create(context) {
    return {
      file({ file }) {
        for (const issue of schemaIssuesOf(context, file, 'apiDefinition', ['unknown-key'])) {
          // Unknown or misplaced x-ms-* keys are ext-unknown-x-ms's: the platform ignores them, so they only warn.
          if (issue.pointer.slice(issue.pointer.lastIndexOf('/') + 1).startsWith('x-ms-')) continue;
          // ext-capabilities names the allowed capabilities itself; one finding per key is enough.
          if (issue.pointer.includes('/x-ms-capabilities/')) continue;
          const fix = issue.replacement !== undefined ? renameKey(file.type === 'json' ? file.value : undefined, issue.pointer, issue.replacement) : undefined;
          context.report({ messageId: 'unknownKey', pointer: issue.pointer, target: 'key', data: { detail: issue.message }, ...(fix && { fix }) });
        }
      },
    };
  },
});
