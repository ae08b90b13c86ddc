import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { afterDynamicCalls, isOpen, pathInSchemaCase, schemaAtPath, successSchema } from '../shared/dynamic.js';
import { apiDefinitionName, declaredType, resolveSchema, type Located } from '../shared/schemas.js';

/** Which keys of each extension name the array of items and the fields read in each item (or in the response). */
const paths: Record<string, { collection?: string; fields: string[] }> = {
  'x-ms-dynamic-values': { collection: 'value-collection', fields: ['value-path', 'value-title'] },
  'x-ms-dynamic-list': { collection: 'itemsPath', fields: ['itemValuePath', 'itemTitlePath'] },
  'x-ms-dynamic-schema': { fields: ['value-path'] },
  'x-ms-dynamic-properties': { fields: ['itemValuePath'] },
};

/** The item schema of an array schema, or `undefined` when the schema is not an array. */
function itemsOf(schema: Located, refs: Parameters<typeof resolveSchema>[0]): Located | 'open' | undefined {
  if (declaredType(schema.value) !== 'array' && schema.value.items === undefined) return isOpen(refs, schema) ? 'open' : undefined;
  return resolveSchema(refs, schema.value.items, joinPointer(schema.pointer, 'items')) ?? 'open';
}

export const docs: RuleDocs = {
  rationale: 'The designer reads the values (or the schema) from the called operation\'s response at these paths; a path the response does not have gives an empty drop-down.',
  levelReason:
    'Though 16 of the 277 certified folders merged into microsoft/PowerPlatformConnectors fail it: each finding judged by hand there (test/corpus/judged/certified-*.json) was a real defect, a path the called operation\'s response does not have, which leaves the drop-down empty in the designer; Microsoft\'s validator rules InvokedOperationShouldProduceArray and InvokedOperationShouldProduceProperty name the same defect.',
  fix: 'Correct the path, or describe the returned array and its fields in the called operation\'s success response schema. When the path exists in another letter case only, the message names the spelling the schema uses (earlier versions only said the path was missing).',
  source: 'Microsoft Learn, Swagger Validator rules InvokedOperationShouldProduceArray and InvokedOperationShouldProduceProperty.',
};

export default defineRule({
  meta: {
    id: 'ext-dynamic-target-shape',
    area: 'ext',
    description: 'The operation a dynamic extension calls returns an array at the collection path and the fields the extension reads.',
    severity: everywhere('error'),
    messages: {
      noArray: "Operation '{operationId}' returns no array at {path} of its success response; point {key} at the array of items, or describe it in the response schema.",
      noProperty: "Operation '{operationId}' returns no property '{path}' in its success response; fix {key} or add the property to the response schema.",
      caseOnly: "Operation '{operationId}' returns no '{path}' in its success response, but it does return '{suggestion}'; did you mean '{suggestion}'? Paths are case-sensitive.",
    },
  },
  create(context) {
    return afterDynamicCalls(context.refs, (collected) => {
      const file = apiDefinitionName(context);
      for (const { extension, operationId, call, pointer } of collected.calls) {
        const keys = paths[extension];
        const callee = collected.catalog.byId.get(operationId);
        const response = callee && successSchema(callee, context.refs);
        if (!keys || !response) continue;
        let base: Located | 'open' | undefined = response;
        if (keys.collection !== undefined) {
          const collectionPath = typeof call[keys.collection] === 'string' ? (call[keys.collection] as string) : '';
          const collection = schemaAtPath(context.refs, response, collectionPath);
          base = collection && collection !== 'open' ? itemsOf(collection, context.refs) : collection;
          if (!base) {
            const at = call[keys.collection] === undefined ? pointer : joinPointer(pointer, keys.collection);
            const suggestion = collectionPath ? pathInSchemaCase(context.refs, response, collectionPath) : undefined;
            if (suggestion) {
              context.report({ messageId: 'caseOnly', pointer: at, file, data: { operationId, path: collectionPath, suggestion } });
              continue;
            }
            context.report({ messageId: 'noArray', pointer: at, file, data: { operationId, path: collectionPath ? `'${collectionPath}'` : 'the root', key: keys.collection } });
            continue;
          }
        }
        if (base === 'open') continue;
        for (const key of keys.fields) {
          const path = call[key];
          if (typeof path !== 'string' || path === '' || schemaAtPath(context.refs, base, path)) continue;
          const suggestion = pathInSchemaCase(context.refs, base, path);
          if (suggestion) context.report({ messageId: 'caseOnly', pointer: joinPointer(pointer, key), file, data: { operationId, path, suggestion } });
          else context.report({ messageId: 'noProperty', pointer: joinPointer(pointer, key), file, data: { operationId, path, key } });
        }
      }
    });
  },
});
