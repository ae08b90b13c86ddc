import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { callingExtensions, extensionVisitors, referencedOperations, type OperationReference } from '../shared/extensions.js';
import { apiDefinitionName } from '../shared/schemas.js';

export const docs: RuleDocs = {
  rationale: 'The designer calls the named operation at design time (or the platform at run time); a name that matches nothing fails when the definition is imported.',
  fix: 'Use the exact `operationId` of an operation of this connector (names are case-sensitive).',
  source: 'Microsoft Learn, Swagger Validator rule OperationIdNotFound; import error reported in microsoft/PowerPlatformConnectors#254.',
};

export default defineRule({
  meta: {
    id: 'ext-operationid-ref',
    area: 'ext',
    description: 'Every operationId named by an extension (dynamic values, lists, schemas, properties and trees, notifications, operation context, capabilities) exists.',
    severity: everywhere('error'),
    messages: {
      notFound: "No operation has the operationId '{operationId}' that {extension} names; fix the name or add the operation.",
    },
  },
  create(context) {
    const ids = new Set<string>();
    const references: Array<OperationReference & { extension: string }> = [];
    return {
      operation({ value }) {
        if (typeof value.operationId === 'string') ids.add(value.operationId);
      },
      ...extensionVisitors(callingExtensions, (node) => {
        const { name, value } = node;
        for (const reference of referencedOperations(name, value, node.pointer)) references.push({ ...reference, extension: name });
      }),
      connectorEnd() {
        for (const { operationId, pointer, extension } of references) {
          if (!ids.has(operationId)) context.report({ messageId: 'notFound', pointer, file: apiDefinitionName(context), data: { operationId, extension } });
        }
      },
    };
  },
});
