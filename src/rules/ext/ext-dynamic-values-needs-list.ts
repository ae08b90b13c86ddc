import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { dynamicCollection } from '../shared/dynamic.js';
import { apiDefinitionName } from '../shared/schemas.js';

export const docs: RuleDocs = {
  rationale: 'x-ms-dynamic-values can only name parameters; a property inside the body needs the path-based form of x-ms-dynamic-list.',
  fix: 'Keep x-ms-dynamic-values for older clients and add x-ms-dynamic-list with `{ "parameterReference": "<body parameter>/<property>" }`.',
  source:
    'Microsoft Learn, OpenAPI extensions (x-ms-dynamic-list); Swagger Validator rules DynamicListExtensionRequiredForAmbiguousReferences, DynamicListExtensionRequiredForNonParameterReferences, OperationParameterNameIsAmbiguous.',
};

export default defineRule({
  meta: {
    id: 'ext-dynamic-values-needs-list',
    area: 'ext',
    description:
      'When x-ms-dynamic-values refers to a property inside a parameter, or to a name that is both a parameter and a body property, x-ms-dynamic-list is also defined.',
    severity: everywhere('error'),
    messages: {
      insideParameter:
        "x-ms-dynamic-values refers to '{path}', a property inside a parameter; add x-ms-dynamic-list with { \"parameterReference\": \"{reference}\" }.",
      ambiguous:
        "x-ms-dynamic-values refers to '{path}', which is both a parameter and a body property of '{operation}'; add x-ms-dynamic-list with a parameterReference path that says which one.",
    },
  },
  create(context) {
    const collected = dynamicCollection(context.refs);
    return {
      operation: collected.operation,
      ...collected.extensionVisitors,
      connectorEnd() {
        const file = apiDefinitionName(context);
        for (const problem of collected.unclearReferences(context.refs, 'x-ms-dynamic-values', 'x-ms-dynamic-list')) context.report({ ...problem, file });
      },
    };
  },
});
