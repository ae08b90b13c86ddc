import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { joinPointer } from '../../parse/pointer.js';
import { isObject } from '../../core/walk.js';

/** The URLs each OAuth 2.0 flow needs (Swagger 2.0). */
const flowUrls: Record<string, readonly string[]> = {
  implicit: ['authorizationUrl'],
  password: ['tokenUrl'],
  application: ['tokenUrl'],
  accessCode: ['authorizationUrl', 'tokenUrl'],
};

function isAbsoluteUrl(value: unknown): boolean {
  return typeof value === 'string' && /^https?:\/\/[^\s/]/i.test(value);
}

export const docs: RuleDocs = {
  rationale: 'The validator checks security definitions against Swagger 2.0; a definition without its required properties cannot be turned into a connection.',
  fix: "Complete the definition: apiKey needs `name` and `in` (header or query); oauth2 needs `flow`, `authorizationUrl` and/or `tokenUrl`, and `scopes`.",
  source: 'Microsoft Learn, Swagger Validator errors (SecuritySchemePropertyNotValid, SecuritySchemePropertyRequired); Swagger 2.0 Security Scheme Object.',
};

export default defineRule({
  meta: {
    id: 'sec-securitydefinitions-valid',
    area: 'sec',
    description: 'Each security definition is basic, apiKey with `name` and `in`, or oauth2 with a known flow and the URLs it needs.',
    severity: everywhere('error'),
    messages: {
      type: "Security definition '{name}' has type '{type}'; use 'basic', 'apiKey' or 'oauth2'.",
      apiKeyName: "API key definition '{name}' has no `name`; set it to the header or query parameter that carries the key.",
      apiKeyIn: "API key definition '{name}' has `in` '{value}'; set it to 'header' or 'query'.",
      flow: "OAuth 2.0 definition '{name}' has flow '{value}'; use 'accessCode', 'implicit', 'password' or 'application'.",
      url: "OAuth 2.0 definition '{name}' with flow '{flow}' needs an absolute {key}; set it to the provider's https URL.",
      scopes: "OAuth 2.0 definition '{name}' has no `scopes` object; add one, `{}` when the service has no scopes.",
    },
  },
  create(context) {
    return {
      securityDefinition(node) {
        const { name, value } = node;
        // A missing key is reported on the definition's name, a wrong value on the value itself.
        const where = (key: string) =>
          Object.hasOwn(value, key) ? { pointer: joinPointer(node.pointer, key) } : { pointer: node.pointer, target: 'key' as const };
        if (value.type === 'basic') return;
        if (value.type === 'apiKey') {
          if (typeof value.name !== 'string' || value.name.trim() === '') context.report({ messageId: 'apiKeyName', ...where('name'), data: { name } });
          if (value.in !== 'header' && value.in !== 'query') context.report({ messageId: 'apiKeyIn', ...where('in'), data: { name, value: String(value.in ?? '') } });
        } else if (value.type === 'oauth2') {
          const flow = typeof value.flow === 'string' ? value.flow : '';
          const urls = Object.hasOwn(flowUrls, flow) ? flowUrls[flow]! : undefined;
          if (!urls) context.report({ messageId: 'flow', ...where('flow'), data: { name, value: flow } });
          for (const key of urls ?? []) {
            if (!isAbsoluteUrl(value[key])) context.report({ messageId: 'url', ...where(key), data: { name, flow, key } });
          }
          if (!isObject(value.scopes)) {
            context.report({ messageId: 'scopes', ...where('scopes'), data: { name } });
          }
        } else {
          context.report({ messageId: 'type', ...where('type'), data: { name, type: String(value.type ?? '') } });
        }
      },
    };
  },
});
