import type { JsonObject, OperationNode } from '../../core/nodes.js';
import { joinPointer } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { entries, isObject } from '../../core/walk.js';
import { mediaTypesOf } from '../shared/mime.js';
import { isSuccessCode } from '../shared/responses.js';
import { isDynamicSchema, resolveSchema } from '../shared/schemas.js';

/** Keywords that give a schema a shape; an object schema with none of them says nothing about the body. */
function isEmptySchema(schema: JsonObject): boolean {
  if (isDynamicSchema(schema) || schema.allOf !== undefined || schema.items !== undefined) return false;
  if (schema.type !== undefined && schema.type !== 'object') return false;
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) return false;
  return entries(schema.properties).length === 0;
}

/** Words that say an operation returns a file rather than JSON. */
const fileWords = /\b(files?|download|export|images?|logos?|pictures?|photos?|thumbnails?|audio|video|pdf|xlsx?|csv|svg|png|jpe?g|gif|mp3|mp4|wav|tcx|gpx|zip)\b/i;

/**
 * What says the body is a file: a `produces` list without JSON, an `Accept` header defaulting to another type, or a
 * file word in the operation's or response's text. `undefined` when nothing does.
 */
function fileEvidence(operation: OperationNode | undefined, response: JsonObject, root: unknown): string | undefined {
  if (!operation) return undefined;
  const produces = Array.isArray(operation.value.produces) ? operation.value.produces : isObject(root) && Array.isArray(root.produces) ? root.produces : [];
  const types = mediaTypesOf(produces);
  if (types.length > 0 && !types.some((type) => type.includes('json'))) return `it produces ${types.join(', ')}`;
  const accept = operation.parameters.find((p) => p.value.in === 'header' && String(p.value.name).toLowerCase() === 'accept')?.value.default;
  if (typeof accept === 'string' && !accept.includes('json') && accept.includes('/')) return `its Accept header defaults to ${accept}`;
  // A DELETE that mentions a file removes one; it does not return it.
  if (operation.method === 'delete') return undefined;
  for (const text of [operation.value.summary, operation.value.description, response.description]) {
    const word = typeof text === 'string' ? fileWords.exec(text)?.[0] : undefined;
    if (word) return `its description mentions '${word}'`;
  }
  return undefined;
}

export const docs: RuleDocs = {
  rationale:
    'An empty schema on a success response hides every output from the designer; certification rejects it unless the schema is dynamic. The rule judges 2xx responses only: error responses are not outputs a flow uses (resp-single-schema covers their schemas), and a webhook trigger\'s own response only confirms the subscription (its outputs are x-ms-notification-content). A 204 has no body, so its schema is removed rather than described. Where the operation returns a file (a `produces` list without JSON, an `Accept` default, or a file word such as XLSX, SVG or audio in its text), the message suggests a binary string instead of properties. Earlier versions also judged error codes and gave every case the same advice; error codes are no longer judged, and 204s and files get their own advice; responses under root `responses` are judged only when named as a 2xx code.',
  levelReason:
    'Microsoft\'s certification page says empty response schemas are not allowed unless the schema is dynamic, and reviewers have refused them since 2021 (microsoft/PowerPlatformConnectors PR #1086: "not allowed any more"). Repository folders merged before then still hold them (23 % of the certified corpus, under 5 % of the independent-publisher one); an update of such a connector goes through the same review.',
  fix: 'List the returned properties under `properties` (or use `x-ms-dynamic-schema` when the shape depends on inputs). For a file, use `{"type": "string", "format": "binary"}`. If the service returns no body, remove the schema (and use a 204 response).',
  source:
    "Microsoft Learn, certification submission (empty response schemas are not allowed unless dynamic); reviewers have asked for it since 2021, so connectors merged earlier may still have them. Binary file bodies: Microsoft Learn, custom connector FAQ and OpenAPI definition guidance on `format: binary`.",
};

export default defineRule({
  meta: {
    id: 'resp-no-empty-schema',
    area: 'resp',
    description: 'A success (2xx) response schema is not empty (`{}` or an object without properties), unless it is dynamic.',
    severity: certification('error'),
    messages: {
      empty: 'The {code} response schema is empty, so flows see no outputs; describe the properties the service returns (x-ms-dynamic-schema if they depend on the inputs), or remove the schema if the body is empty.',
      emptyRef: "The {code} response schema '{ref}' is empty, so flows see no outputs; describe the properties the service returns (x-ms-dynamic-schema if they depend on the inputs), or remove the schema if the body is empty.",
      noContent: 'The 204 response has an empty schema, but a 204 carries no body; remove the schema.',
      file: 'The {code} response schema is empty and the operation seems to return a file ({evidence}); describe the body as {"type": "string", "format": "binary"}, or list its properties if it is JSON.',
    },
  },
  create(context) {
    return {
      response(node) {
        const { value, code, operation } = node;
        // A schema on `default` is resp-default-no-schema's finding; error codes are not outputs flows use.
        if (!isSuccessCode(code) || !isObject(value.schema)) return;
        // A webhook trigger's outputs are its x-ms-notification-content; its own response only confirms the subscription.
        if (operation?.value['x-ms-trigger'] !== undefined && isObject(operation.pathItem.value['x-ms-notification-content'])) return;
        const schemaPointer = joinPointer(node.pointer, 'schema');
        const target = resolveSchema(context.refs, value.schema, schemaPointer);
        if (!target || !isEmptySchema(target.value)) return;
        if (code === '204') return context.report({ messageId: 'noContent', pointer: schemaPointer });
        const swagger = context.fileOf('apiDefinition');
        const evidence = fileEvidence(operation, value, swagger?.type === 'json' ? swagger.value : undefined);
        if (evidence) context.report({ messageId: 'file', pointer: schemaPointer, data: { code, evidence } });
        else if (target.pointer === schemaPointer) context.report({ messageId: 'empty', pointer: schemaPointer, data: { code } });
        else context.report({ messageId: 'emptyRef', pointer: schemaPointer, data: { code, ref: `#${target.pointer}` } });
      },
    };
  },
});
