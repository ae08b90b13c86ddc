import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';
import { operationLabel } from '../shared/responses.js';

export const docs: RuleDocs = {
  rationale: 'A replacement points users of a deprecated operation to its successor, which the platform finds by connector and operation id.',
  fix: 'Mark the operation `"deprecated": true` and give `replacement: { "api": "<connector>", "operationId": "<new operation>" }`.',
  source:
    'Microsoft Learn, Swagger Validator rules ApiAnnotationExtensionReplacementInfoForNonDeprecatedOperations, ApiAnnotationExtensionReplacementInfoMissingApiProperty, ApiAnnotationExtensionReplacementInfoMissingOperationIdProperty.',
};

export default defineRule({
  meta: {
    id: 'ext-api-annotation-replacement',
    area: 'ext',
    description: "`x-ms-api-annotation.replacement` appears only on deprecated operations and names both 'api' and 'operationId'.",
    severity: everywhere('error'),
    messages: {
      notDeprecated: "Operation '{operation}' names a replacement but is not deprecated; add \"deprecated\": true or remove the replacement.",
      missingApi: "The replacement of operation '{operation}' has no 'api'; name the connector that holds the replacing operation.",
      missingOperationId: "The replacement of operation '{operation}' has no 'operationId'; name the operation that replaces it.",
    },
  },
  create(context) {
    return {
      'extension:x-ms-api-annotation'(node) {
        const { value, owner, operation } = node;
        if (owner !== 'operation' || !operation || !isObject(value) || !isObject(value.replacement)) return;
        const at = joinPointer(node.pointer, 'replacement');
        const data = { operation: operationLabel(operation) };
        if (operation.value.deprecated !== true) context.report({ messageId: 'notDeprecated', pointer: at, data });
        if (value.replacement.api === undefined) context.report({ messageId: 'missingApi', pointer: at, data });
        if (value.replacement.operationId === undefined) context.report({ messageId: 'missingOperationId', pointer: at, data });
      },
    };
  },
});
