import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { isWithin } from '../../parse/pointer.js';
import { schemaIssuesOf } from '../shared/schema-issues.js';

/** Template ids and policy sections: props-policy-templates reports them with the template's own rules. */
function isPolicyTemplateChoice(pointer: string): boolean {
  const parts = pointer.split('/');
  if (!isWithin(pointer, '/properties/policyTemplateInstances') || parts.length < 5) return false;
  return parts[4] === 'templateId' || (parts[4] === 'parameters' && parts[5] === 'x-ms-apimTemplate-policySection');
}

export const docs: RuleDocs = {
  rationale:
    'paconn and the platform read apiProperties.json with a fixed structure: everything lives under `properties`, connection parameters and their `uiDefinition` take documented keys and types. A file of another shape is refused or read wrongly.',
  fix: 'Move every setting under `properties`, and correct the key or value the message names. Unknown keys directly under `properties` are reported by props-allowed-keys.',
  source: "microsoft/PowerPlatformConnectors schemas/paconn-apiProperties.schema.json (required: properties, additionalProperties: false); connector-certify's schema schemas/apiProperties.schema.json.",
};

export default defineRule({
  meta: {
    id: 'props-root-shape',
    area: 'props',
    description: 'apiProperties.json is an object holding `properties` (and optionally `$schema`), with values of the documented types and keys.',
    severity: everywhere('error'),
    messages: {
      wrongType: 'Wrong JSON type: {detail}',
      notAllowed: 'Value not allowed: {detail}',
      unknownKey: 'Unknown key: {detail}',
      missingKey: 'Missing key: {detail}',
      shape: 'Structure: {detail}',
    },
  },
  create(context) {
    const messageIds = { type: 'wrongType', enum: 'notAllowed', 'unknown-key': 'unknownKey', required: 'missingKey', 'swagger-version': 'shape', other: 'shape' } as const;
    return {
      file({ file }) {
        for (const issue of schemaIssuesOf(context, file, 'apiProperties', Object.keys(messageIds) as Array<keyof typeof messageIds>)) {
          if (issue.kind === 'enum' && isPolicyTemplateChoice(issue.pointer)) continue;
          const messageId = messageIds[issue.kind];
          context.report({ messageId, pointer: issue.pointer, data: { detail: issue.message }, ...(issue.kind === 'unknown-key' && { target: 'key' as const }) });
        }
      },
    };
  },
});
