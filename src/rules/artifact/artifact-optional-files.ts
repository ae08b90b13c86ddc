import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { joinPointer } from '../../parse/pointer.js';
import { isObject } from '../../core/walk.js';
import { baseName } from '../../parse/connector.js';

const apiVersion = '2016-11-01';

/** A lower-case GUID, as paconn's settings schema requires; default environments are named 'Default-<tenant GUID>'. */
function isEnvironmentId(value: string): boolean {
  const guid = value.startsWith('Default-') ? value.slice(8) : value;
  if (guid.length !== 36) return false;
  for (let i = 0; i < guid.length; i++) {
    const char = guid[i]!;
    if (i === 8 || i === 13 || i === 18 || i === 23 ? char !== '-' : !/[0-9a-f]/.test(char)) return false;
  }
  return true;
}

export const docs: RuleDocs = {
  rationale:
    'settings.json is not part of the connector; paconn reads it to know which files to upload and to which environment. A wrong key, environment ID, API version or path makes paconn fail before anything is validated.',
  fix: "Keep only the keys paconn knows (connectorId, environment, apiProperties, apiDefinition, icon, script, powerAppsUrl, powerAppsApiVersion, flowUrl, flowApiVersion), or delete settings.json; it is not needed for certification.",
  source: 'microsoft/PowerPlatformConnectors tools/paconn-cli README and schemas/paconn-settings.schema.json.',
};

export default defineRule({
  meta: {
    id: 'artifact-optional-files',
    area: 'artifact',
    description: "An optional settings.json is one paconn can use: known keys, an environment GUID, API version 2016-11-01 and files that exist.",
    severity: certification('info'),
    messages: {
      schema: 'settings.json: {detail}',
      environment: "settings.json names environment '{value}', which is not an environment ID; copy the GUID from the Power Platform admin center.",
      apiVersion: "settings.json sets {key} to '{value}'; paconn talks to the {api} API version 2016-11-01.",
      missingFile: "settings.json points {key} to '{value}', which is not in the connector folder; fix the path or add the file.",
    },
  },
  create(context) {
    return {
      file({ file }) {
        if (file.role !== 'settings' || file.type !== 'json' || !isObject(file.value)) return;
        const settings = file.value;
        for (const issue of context.schemaIssues('settings')) {
          context.report({ messageId: 'schema', pointer: issue.pointer, target: issue.kind === 'unknown-key' ? 'key' : 'value', data: { detail: issue.message } });
        }
        const at = (key: string) => joinPointer('', key);
        if (typeof settings.environment === 'string' && !isEnvironmentId(settings.environment)) {
          context.report({ messageId: 'environment', pointer: at('environment'), data: { value: settings.environment } });
        }
        for (const [key, api] of [['powerAppsApiVersion', 'Power Apps'], ['flowApiVersion', 'Power Automate']] as const) {
          const value = settings[key];
          if (typeof value === 'string' && value !== apiVersion) context.report({ messageId: 'apiVersion', pointer: at(key), data: { key, value, api } });
        }
        const names = new Set(context.input.files.map((f) => baseName(f.name).toLowerCase()));
        for (const key of ['apiDefinition', 'apiProperties', 'icon', 'script']) {
          const value = settings[key];
          if (typeof value !== 'string' || value.trim() === '') continue;
          const base = value.slice(Math.max(value.lastIndexOf('/'), value.lastIndexOf('\\')) + 1).toLowerCase();
          if (!names.has(base)) context.report({ messageId: 'missingFile', pointer: at(key), data: { key, value } });
        }
      },
    };
  },
});
