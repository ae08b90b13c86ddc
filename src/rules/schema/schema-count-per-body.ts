import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { joinPointer } from '../../parse/pointer.js';
import { operationSchemaSizes } from '../shared/schema-size.js';

export const maxSchemasPerBody = 512;

export const docs: RuleDocs = {
  rationale: 'The platform caps the size of each body schema so that the designer stays responsive.',
  fix: 'Drop rarely used properties, or describe large nested objects as free-form values.',
  source: 'Microsoft Learn, connectors FAQ; Swagger Validator rule BodySchemaCountExceedsMaxAllowed.',
};

export default defineRule({
  meta: {
    id: 'schema-count-per-body',
    area: 'schema',
    description: `A request or response body holds at most ${maxSchemasPerBody} schemas, counted with \`$ref\`s expanded.`,
    severity: everywhere('error'),
    messages: {
      tooMany: `This body schema holds {count} schemas once references are expanded, over the limit of ${maxSchemasPerBody}; remove properties flows do not need.`,
    },
  },
  create(context) {
    const reported = new Set<string>();
    return {
      operation(operation) {
        for (const { count, holder } of operationSchemaSizes(operation, context.refs)) {
          if (count <= maxSchemasPerBody || reported.has(holder)) continue;
          reported.add(holder);
          context.report({ messageId: 'tooMany', pointer: joinPointer(holder, 'schema'), data: { count } });
        }
      },
    };
  },
});
