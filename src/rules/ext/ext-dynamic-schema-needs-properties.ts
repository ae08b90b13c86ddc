import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';
import { dynamicCollection } from '../shared/dynamic.js';
import { apiDefinitionName } from '../shared/schemas.js';

export const docs: RuleDocs = {
  rationale:
    'x-ms-dynamic-schema can only name parameters and expects a schema object; the path-based x-ms-dynamic-properties is needed for body properties and for responses that return a bare properties map.',
  fix: 'Add x-ms-dynamic-properties beside x-ms-dynamic-schema, with `parameterReference` paths and an `itemValuePath` to the schema object.',
  source:
    'Microsoft Learn, Swagger Validator rules DynamicPropertiesExtensionRequiredForAmbiguousReferences, DynamicPropertiesExtensionRequiredForNonParameterReferences, DynamicPropertiesExtensionRequiredForPropertiesValuePath.',
};

export default defineRule({
  meta: {
    id: 'ext-dynamic-schema-needs-properties',
    area: 'ext',
    description:
      "x-ms-dynamic-properties is defined beside x-ms-dynamic-schema when the latter refers to a property inside a parameter, to an ambiguous name, or reads a 'properties' object.",
    severity: everywhere('error'),
    messages: {
      insideParameter:
        "x-ms-dynamic-schema refers to '{path}', a property inside a parameter; add x-ms-dynamic-properties with { \"parameterReference\": \"{reference}\" }.",
      ambiguous:
        "x-ms-dynamic-schema refers to '{path}', which is both a parameter and a body property of '{operation}'; add x-ms-dynamic-properties with a parameterReference path that says which one.",
      propertiesPath:
        "x-ms-dynamic-schema's value-path '{path}' points at a 'properties' object; add x-ms-dynamic-properties whose itemValuePath points at the schema object itself.",
    },
  },
  create(context) {
    const collected = dynamicCollection(context.refs);
    return {
      operation: collected.operation,
      ...collected.extensionVisitors,
      'extension:x-ms-dynamic-schema'(extension) {
        collected.extension(extension);
        const { value, ownerValue } = extension;
        if (!isObject(value) || ownerValue['x-ms-dynamic-properties'] !== undefined) return;
        const path = value['value-path'];
        if (typeof path === 'string' && path.split('/').filter(Boolean).pop() === 'properties') {
          context.report({ messageId: 'propertiesPath', pointer: joinPointer(extension.pointer, 'value-path'), data: { path } });
        }
      },
      connectorEnd() {
        const file = apiDefinitionName(context);
        for (const problem of collected.unclearReferences(context.refs, 'x-ms-dynamic-schema', 'x-ms-dynamic-properties')) context.report({ ...problem, file });
      },
    };
  },
});
