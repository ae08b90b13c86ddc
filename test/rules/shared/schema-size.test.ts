import { describe, expect, it } from 'vitest';
import { defineRule, validateConnector } from '../../../src/index.js';
import { operationSchemaSizes } from '../../../src/rules/shared/schema-size.js';
import { everyOperation } from '../../helpers/every-operation.js';
import { definition } from '../../helpers/minimal-definition.js';

const object = (properties: Record<string, unknown>) => ({ type: 'object', properties });
const leaf = { type: 'string' };

/** The sizes the sizer gives each operation's bodies and responses, in one run (so its frames are reused). */
function sizes(paths: Record<string, unknown>, definitions: Record<string, unknown> = {}): Array<[string, number, number]> {
  const seen: Array<[string, number, number]> = [];
  const recorder = defineRule({
    meta: { ...everyOperation.meta, id: 'test-schema-sizes', messages: {} },
    create: (context) => ({
      operation: (operation) => {
        for (const size of operationSchemaSizes(operation, context.refs)) seen.push([size.holder, size.count, size.depth]);
      },
    }),
  });
  validateConnector({ apiDefinition: definition({ paths, definitions }) }, { extraRules: [recorder] });
  return seen;
}

describe('schema sizes', () => {
  it('count each schema once, whatever the schemas measured before it in the run', () => {
    const wide = object({ a: object({ x: leaf, y: leaf }), b: object({ x: leaf, y: leaf }), c: object({ x: leaf, y: leaf }) });
    const body = (schema: unknown) => ({ parameters: [{ name: 'body', in: 'body', schema }], responses: { '200': { description: 'OK' } } });
    const found = sizes(
      {
        '/wide': { post: body(wide) },
        '/narrow': { post: body(object({ only: leaf })) },
        '/parts': { post: body({ allOf: [object({ a: leaf }), { $ref: '#/definitions/Node' }] }) },
        '/loop': { get: { responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Node' } } } } },
      },
      { Node: object({ next: { $ref: '#/definitions/Node' }, name: leaf }) },
    );
    expect(found).toEqual([
      ['/paths/~1wide/post/parameters/0', 10, 3],
      ['/paths/~1narrow/post/parameters/0', 2, 2],
      // allOf parts are the same object: they add their schemas, not a level.
      ['/paths/~1parts/post/parameters/0', 5, 2],
      // A reference back to the definition being measured adds nothing; the result is memoised.
      ['/paths/~1loop/get/responses/200', 2, 2],
    ]);
  });
});
