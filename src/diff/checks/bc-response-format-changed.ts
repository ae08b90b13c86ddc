import { getOwn, hasOwn, joinPointer } from '../../parse/pointer.js';
import { isObject } from '../../core/walk.js';
import { defineCheck, type DiffCheckDocs } from '../check.js';
import type { ConnectorSide, OperationView } from '../side.js';
import { schemaType } from '../values.js';

export const docs: DiffCheckDocs = {
  rationale:
    'The media types an operation produces and consumes decide how the platform reads the response and writes the request. When the one existing flows relied on is gone, the platform sends or parses the body another way. A response that turns from text (or no schema) into typed JSON reaches flows as an object: a step that used the body as a string now gets an object.',
  fix: 'Keep the media types the operation had and add new ones beside them; keep a text response a string, and return JSON in a new operation.',
  source: 'Swagger 2.0 specification (produces, consumes); oasdiff response-media-type-removed and request-body-media-type-removed.',
};

export default defineCheck({
  id: 'bc-response-format-changed',
  area: 'output',
  level: 'warning',
  description:
    'An operation no longer produces or consumes a media type it did (warning; info when one is only added), or its success response turned from text into typed JSON (warning) or from no schema into typed JSON (info: the platform already parsed a JSON body without a schema).',
  messages: {
    removed: "'{operationId}' no longer {verb} {values}; existing flows that relied on that format may have their bodies sent or read another way.",
    added: "'{operationId}' now also {verb} {values}; existing flows are not affected.",
    typed:
      "The success response of '{operationId}' is now typed JSON ({to}) instead of text; existing flows that used the body as a string now receive an object.",
    described:
      "The success response of '{operationId}' now has a JSON schema ({to}) where it had none; existing flows keep reading the same body, now with named outputs.",
  },
  visit: {
    operation(pair, report, connector) {
      const { base, revision, key } = pair;
      if (!base || !revision) return;
      for (const field of ['produces', 'consumes'] as const) {
        const from = mediaTypes(connector.base, base, field);
        const to = mediaTypes(connector.revision, revision, field);
        if (!from || !to) continue;
        const removed = from.filter((type) => !to.includes(type));
        const added = to.filter((type) => !from.includes(type));
        const verb = field === 'produces' ? 'produces' : 'accepts';
        const where = { base: mediaPointer(base, field), revision: mediaPointer(revision, field) };
        if (removed.length > 0) report({ messageId: 'removed', data: { operationId: key, verb, values: removed.join(', ') }, ...where });
        if (added.length > 0) report({ messageId: 'added', level: 'info', data: { operationId: key, verb, values: added.join(', ') }, ...where });
      }
      const before = bodyKind(connector.base, base);
      const after = bodyKind(connector.revision, revision);
      if (before && after && (before === 'no schema' || before === 'text') && (after === 'object' || after === 'array')) {
        const text = before === 'text';
        report({
          messageId: text ? 'typed' : 'described',
          ...(!text && { level: 'info' }),
          data: { operationId: key, to: after },
          base: base.outputs?.pointer ?? base.response?.pointer ?? base.pointer,
          revision: revision.outputs?.pointer ?? revision.pointer,
        });
      }
    },
  },
});

/** The operation's own list, else the document's; lower-cased, parameters dropped. `undefined` when neither says. */
function mediaTypes(side: ConnectorSide, op: OperationView, field: 'produces' | 'consumes'): string[] | undefined {
  const list = getOwn(op.value, field) ?? getOwn(side.apiDefinition.root, field);
  if (!Array.isArray(list)) return undefined;
  return [...new Set(list.filter((t): t is string => typeof t === 'string').map((t) => t.split(';')[0]!.trim().toLowerCase()))];
}

function mediaPointer(op: OperationView, field: string): string {
  return hasOwn(op.value, field) ? joinPointer(op.pointer, field) : `/${field}`;
}

/** What the success response gives flows: nothing typed, text, or a typed JSON value. */
function bodyKind(side: ConnectorSide, op: OperationView): string | undefined {
  if (!op.response || op.outputs?.from === 'notification') return undefined;
  if (!op.outputs) return 'no schema';
  const schema = side.refs.follow(op.outputs.value).value;
  if (!isObject(schema)) return undefined;
  const type = schemaType(schema);
  if (type === undefined) return 'no schema';
  return type === 'string' || type === 'file' ? 'text' : type;
}
