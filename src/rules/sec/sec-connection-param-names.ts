import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';

/** Letters, digits and underscores only: the schema's `^[0-9a-zA-Z_]+$`, checked without a regular expression. */
function isPlainName(name: string): boolean {
  if (name === '') return false;
  for (const char of name) {
    if (!(/[0-9A-Za-z_]/.test(char))) return false;
  }
  return true;
}

/** `name` or `name:sub`, both parts plain. */
function isValidName(name: string): boolean {
  const parts = name.split(':');
  return parts.length <= 2 && parts.every(isPlainName);
}

export const docs: RuleDocs = {
  rationale:
    "The platform refers to connection parameters in expressions such as @connectionParameters('api_key'), and the apiProperties schema only allows these names. 'token:TenantId' is reserved for the tenant of an Entra ID (aad) sign-in and has a fixed shape.",
  fix: 'Rename the parameter with underscores instead of hyphens, spaces or dots, and update every @connectionParameters(...) that names it.',
  source: 'microsoft/PowerPlatformConnectors schemas/paconn-apiProperties.schema.json (connectionParameters patternProperties).',
};

export default defineRule({
  meta: {
    id: 'sec-connection-param-names',
    area: 'sec',
    description: "Connection parameter names are letters, digits and underscores, or 'name:sub' pairs of them; 'token:TenantId' has the Entra ID tenant shape.",
    severity: everywhere('error'),
    messages: {
      invalidName: "Connection parameter name '{name}' may only hold letters, digits and underscores (or one ':' between two such parts); rename it, e.g. '{suggestion}'.",
      tenantShape: "'token:TenantId' must be a string parameter with metadata.sourceType 'AzureActiveDirectoryTenant'; give it that shape or rename it.",
    },
  },
  create(context) {
    return {
      connectionParameter(node) {
        const { name, value } = node;
        if (!isValidName(name)) {
          const suggestion = name.replace(/[^0-9A-Za-z_:]/g, '_');
          context.report({ messageId: 'invalidName', pointer: node.pointer, target: 'key', data: { name, suggestion } });
        } else if (name === 'token:TenantId') {
          const source = isObject(value.metadata) ? value.metadata.sourceType : undefined;
          if (value.type !== 'string' || source !== 'AzureActiveDirectoryTenant') context.report({ messageId: 'tenantShape', pointer: node.pointer, target: 'key' });
        }
      },
    };
  },
});
