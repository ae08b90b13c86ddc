import { hasOwn, joinPointer } from '../../parse/pointer.js';
import { isObject } from '../../core/walk.js';
import { defineCheck, type DiffCheckDocs } from '../check.js';

export const docs: DiffCheckDocs = {
  rationale: 'Without a response schema the designer offers no outputs for the operation, so every later step that reads one refers to something that no longer exists.',
  fix: 'Keep the response schema. If the payload is now dynamic, describe it with `x-ms-dynamic-schema` while keeping the fields flows already use.',
  source: 'DESIGN.md section 5 (response schema removed); oasdiff response-body-media-type-schema-removed; Atlassian openapi-diff response.body.scope.remove.',
};

export default defineCheck({
  id: 'bc-response-schema-removed',
  area: 'output',
  level: 'breaking',
  description:
    'The success response of an operation had a schema in the base and has none (or no success response) in the revision; warning when the old schema declared nothing but an untyped body.',
  messages: {
    removed: "The success response of '{operationId}' no longer has a schema; existing flows that read its outputs can no longer find them.",
    untyped: "The success response of '{operationId}' no longer has its untyped schema; existing flows that use the whole response body can no longer find it.",
  },
  visit: {
    operation({ base, revision }, report, connector) {
      const from = base?.response;
      // A webhook trigger's outputs are its notification content, not the subscription response.
      if (!from || !revision || !hasOwn(from.value, 'schema') || base.outputs?.from === 'notification') return;
      const to = revision.response;
      if (to && hasOwn(to.value, 'schema')) return;
      const untyped = isEmptySchema(connector.base.refs.follow(from.value.schema).value);
      report({
        messageId: untyped ? 'untyped' : 'removed',
        level: untyped ? 'warning' : 'breaking',
        data: { operationId: revision.key },
        base: joinPointer(from.pointer, 'schema'),
        revision: to ? to.pointer : revision.pointer,
      });
    },
  },
});

/** A schema that declares no type and no fields: only the whole body is offered to flows. */
function isEmptySchema(schema: unknown): boolean {
  return isObject(schema) && Object.keys(schema).every((key) => key === 'description' || key === 'title' || key.startsWith('x-'));
}
