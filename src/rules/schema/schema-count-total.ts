import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { operationSchemaSizes } from '../shared/schema-size.js';
import { apiDefinitionName } from '../shared/schemas.js';

/** The FAQ's limit: 256 operations times 16,384 schemas per operation. */
export const maxSchemasTotal = 256 * 16384;

export const docs: RuleDocs = {
  rationale: 'The platform caps the total schema size of a connector.',
  fix: 'Drop rarely used properties, or split the connector.',
  source:
    'Microsoft Learn, connectors FAQ (maximum operations per file times maximum schemas per operation); Swagger Validator rule TotalSchemaCountExceedsMaxAllowed.',
};

export default defineRule({
  meta: {
    id: 'schema-count-total',
    area: 'schema',
    description: `All operations together hold at most ${maxSchemasTotal} schemas, counted with \`$ref\`s expanded.`,
    severity: everywhere('error'),
    messages: {
      tooMany: `The operations hold {count} schemas in total once references are expanded, over the limit of ${maxSchemasTotal}; remove properties flows do not need.`,
    },
  },
  create(context) {
    let total = 0;
    return {
      operation(operation) {
        for (const { count } of operationSchemaSizes(operation, context.refs)) total += count;
      },
      connectorEnd() {
        if (total > maxSchemasTotal) context.report({ messageId: 'tooMany', pointer: '/paths', file: apiDefinitionName(context), data: { count: total } });
      },
    };
  },
});
