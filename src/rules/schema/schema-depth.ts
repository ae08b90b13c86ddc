import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { joinPointer } from '../../parse/pointer.js';
import { operationSchemaSizes } from '../shared/schema-size.js';

/**
 * Microsoft does not publish the validator's limit. Merged connectors nest at most 14 levels; 32 leaves room while still
 * catching runaway nesting.
 */
export const maxSchemaDepth = 32;

export const docs: RuleDocs = {
  // A getter: unused docs drop out of bundles only when building them has no effect.
  get rationale() {
    return `The validator rejects schemas deeper than a limit it does not publish. This rule uses ${maxSchemaDepth} levels (merged connectors reach 14), so it is a warning.`;
  },
  fix: 'Flatten the nesting, or stop describing the structure below a few levels (an object without properties).',
  source: 'Microsoft Learn, Swagger Validator rule SchemaTooDeep (limit not published).',
};

export default defineRule({
  meta: {
    id: 'schema-depth',
    area: 'schema',
    description: `Body and response schemas nest at most ${maxSchemaDepth} levels, counted with \`$ref\`s expanded.`,
    severity: certification('warning'),
    messages: {
      tooDeep: `This schema nests {depth} levels deep once references are expanded, over ${maxSchemaDepth}; flatten it or describe deep parts as free-form objects.`,
    },
  },
  create(context) {
    const reported = new Set<string>();
    return {
      operation(operation) {
        for (const { depth, holder } of operationSchemaSizes(operation, context.refs)) {
          if (depth <= maxSchemaDepth || reported.has(holder)) continue;
          reported.add(holder);
          context.report({ messageId: 'tooDeep', pointer: joinPointer(holder, 'schema'), data: { depth } });
        }
      },
    };
  },
});
