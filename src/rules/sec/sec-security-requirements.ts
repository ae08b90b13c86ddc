import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import type { JsonObject } from '../../core/nodes.js';
import { joinPointer } from '../../parse/pointer.js';
import { entries, isObject } from '../../core/walk.js';

export const docs: RuleDocs = {
  rationale: 'The validator resolves each requirement against securityDefinitions; a requirement that names nothing, or scopes that are not declared, fails validation.',
  fix: 'Name an existing security definition in each requirement; give basic and apiKey requirements [] and oauth2 requirements only declared scopes.',
  source:
    'Microsoft Learn, Swagger Validator errors (SecurityRequirementMustBeDefined, SecurityRequirementMustHaveValue, SecurityRequirementMustHaveEmptyValue, OAuthSecurityRequirementValueMustBeScopeName).',
};

export default defineRule({
  meta: {
    id: 'sec-security-requirements',
    area: 'sec',
    description: 'Every `security` requirement names a security definition, with `[]` for basic and apiKey and declared scopes for oauth2.',
    severity: everywhere('error'),
    messages: {
      undefinedScheme: "The security requirement '{name}' is not defined in securityDefinitions; define it or use one of the defined names.",
      noValue: "The security requirement '{name}' has no list of scopes; give it an array, [] when no scope is needed.",
      scopesNotAllowed: "The security requirement '{name}' is a {type} scheme and cannot list scopes; give it an empty array.",
      unknownScope: "The security requirement '{name}' asks for scope '{scope}', which its OAuth definition does not declare; add it to the definition's scopes or remove it here.",
    },
  },
  create(context) {
    let definitions: JsonObject = {};
    const check = (security: unknown, pointer: string) => {
      if (!Array.isArray(security)) return;
      security.forEach((requirement, index) => {
        for (const [name, scopes] of entries(requirement)) {
          const at = joinPointer(pointer, index, name);
          const definition = Object.hasOwn(definitions, name) ? definitions[name] : undefined;
          if (!isObject(definition)) {
            context.report({ messageId: 'undefinedScheme', pointer: at, target: 'key', data: { name } });
          } else if (!Array.isArray(scopes)) {
            context.report({ messageId: 'noValue', pointer: at, data: { name } });
          } else if (definition.type !== 'oauth2') {
            if (scopes.length) context.report({ messageId: 'scopesNotAllowed', pointer: at, data: { name, type: String(definition.type) } });
          } else {
            const declared = isObject(definition.scopes) ? definition.scopes : {};
            scopes.forEach((scope, scopeIndex) => {
              if (typeof scope === 'string' && Object.hasOwn(declared, scope)) return;
              context.report({ messageId: 'unknownScope', pointer: joinPointer(at, scopeIndex), data: { name, scope: String(scope) } });
            });
          }
        }
      });
    };
    return {
      apiDefinition({ value }) {
        definitions = isObject(value.securityDefinitions) ? value.securityDefinitions : {};
        check(value.security, '/security');
      },
      operation(node) {
        const { value } = node;
        check(value.security, joinPointer(node.pointer, 'security'));
      },
    };
  },
});
