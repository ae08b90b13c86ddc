import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { baseName, canonicalNames, type FileRole } from '../../parse/connector.js';

/** The file a misnamed one was probably meant to be, judged from its lower-case name. */
function intended(lower: string): { role: FileRole; name: string } | undefined {
  if (lower.endsWith('.json') && (lower.includes('swagger') || lower.startsWith('apidef'))) return { role: 'apiDefinition', name: 'apiDefinition.swagger.json' };
  if (lower.endsWith('.json') && lower.startsWith('apiprop')) return { role: 'apiProperties', name: 'apiProperties.json' };
  if (lower.startsWith('readme')) return { role: 'readme', name: 'readme.md' };
  return undefined;
}

export const docs: RuleDocs = {
  rationale:
    'The certification pipelines find the files by name: a swagger or properties file under another name is never validated, and a readme under another name is not published. The readme may be written in any letter case.',
  fix: "Rename the file: 'apiDefinition.swagger.json', 'apiProperties.json', 'readme.md'.",
  source: 'microsoft/PowerPlatformConnectors .pipelines (swagger_validation.yml, apiProperties_validator.yml) and README.',
};

export default defineRule({
  meta: {
    id: 'artifact-file-names',
    area: 'artifact',
    description: 'The connector files carry their exact names: apiDefinition.swagger.json, apiProperties.json, readme.md (any case).',
    severity: certification('error'),
    messages: {
      wrongCase: "{file} must be named exactly '{expected}'; rename it.",
      misnamed: "{file} looks like the connector's {expected} under another name, so it is never validated; rename it to '{expected}'.",
    },
  },
  create(context) {
    return {
      connector({ input }) {
        for (const file of input.files) {
          const name = baseName(file.name);
          const expected = canonicalNames[file.role];
          if (expected && name !== expected) {
            context.report({ messageId: 'wrongCase', pointer: '', file: file.name, data: { file: file.name, expected } });
            continue;
          }
          // A stray copy next to the real file is not a misnamed one.
          const meant = file.role === 'other' ? intended(name.toLowerCase()) : undefined;
          if (!meant || input.files.some((other) => other.role === meant.role)) continue;
          context.report({ messageId: 'misnamed', pointer: '', file: file.name, data: { file: file.name, expected: meant.name } });
        }
      },
    };
  },
});
