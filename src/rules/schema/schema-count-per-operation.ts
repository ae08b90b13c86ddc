import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { operationLabel } from '../shared/responses.js';
import { operationSchemaSizes } from '../shared/schema-size.js';

export const maxSchemasPerOperation = 16384;

export const docs: RuleDocs = {
  rationale: 'The platform caps the schema size of each operation so that the designer stays responsive.',
  fix: 'Drop rarely used properties from the request and response schemas, or split the operation.',
  source:
    'Microsoft Learn, connectors FAQ; Swagger Validator rule OperationSchemaCountExceedsMaxAllowed.',
};

export default defineRule({
  meta: {
    id: 'schema-count-per-operation',
    area: 'schema',
    description: `An operation's body and response schemas hold at most ${maxSchemasPerOperation} schemas together, counted with \`$ref\`s expanded.`,
    severity: everywhere('error'),
    messages: {
      tooMany: `Operation '{operation}' holds {count} schemas once references are expanded, over the limit of ${maxSchemasPerOperation}; remove properties flows do not need.`,
    },
  },
  create(context) {
    return {
      operation(operation) {
        let count = 0;
        for (const size of operationSchemaSizes(operation, context.refs)) count += size.count;
        if (count > maxSchemasPerOperation) {
          context.report({ messageId: 'tooMany', pointer: operation.pointer, data: { operation: operationLabel(operation), count } });
        }
      },
    };
  },
});
