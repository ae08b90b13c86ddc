import { getOwn, hasOwn } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';

/** A short rendering of the value, without serialising a nested object (which may be deep). */
function describe(value: unknown): string {
  if (typeof value === 'string') return `'${value.slice(0, 40)}'`;
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}

export const docs: RuleDocs = {
  rationale: 'Power Platform connectors are described in Swagger (OpenAPI) 2.0 only; other versions are rejected on import.',
  fix: 'Set `"swagger": "2.0"` (a string). Convert an OpenAPI 3 document to Swagger 2.0 first, for example with a converter, then review it.',
  source: 'Microsoft Learn, define an OpenAPI definition; validator SpecificationVersionIncorrect.',
};

export default defineRule({
  meta: {
    id: 'meta-swagger-version',
    area: 'meta',
    description: 'The definition is a Swagger 2.0 document: `"swagger": "2.0"`.',
    severity: everywhere('error'),
    fixable: true,
    messages: {
      missing: 'The definition has no \'swagger\' key; start it with "swagger": "2.0".',
      openApi3: 'This is an OpenAPI document (openapi {version}), which the platform does not accept; convert it to Swagger 2.0 with "swagger": "2.0".',
      wrongVersion: '\'swagger\' is {value}; set it to the string "2.0".',
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const swagger = getOwn(value, 'swagger');
        if (swagger === '2.0') return;
        if (hasOwn(value, 'openapi')) {
          context.report({ messageId: 'openApi3', pointer: '/openapi', data: { version: describe(getOwn(value, 'openapi')) } });
        } else if (!hasOwn(value, 'swagger')) {
          context.report({ messageId: 'missing', pointer: '' });
        } else {
          const fix = swagger === 2 ? [{ op: 'replace' as const, path: '/swagger', value: '2.0' }] : undefined;
          context.report({ messageId: 'wrongVersion', pointer: '/swagger', data: { value: describe(swagger) }, ...(fix && { fix }) });
        }
      },
    };
  },
});
