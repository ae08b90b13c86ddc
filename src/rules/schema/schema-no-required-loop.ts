import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';
import type { RefResolver } from '../../core/refs.js';
import type { JsonObject } from '../../core/nodes.js';
import { apiDefinitionName, collectProperties, collectRequired, resolveSchema, type Located } from '../shared/schemas.js';

/** A required property whose schema leads to a definition: the edge `from --property--> to`. */
interface Edge {
  property: string;
  to: string;
}

/** Property names from a definition down to an inline schema, innermost last, as a linked list. */
interface Trail {
  name: string;
  parent?: Trail;
}

/** At most this many property names are shown for one step of a loop. */
const maxLabelNames = 4;

function label(trail: Trail): string {
  const names: string[] = [];
  let at: Trail | undefined = trail;
  while (at && names.length < maxLabelNames) {
    names.unshift(at.name);
    at = at.parent;
  }
  return at ? `….${names.join('.')}` : names.join('.');
}

/** Whether a schema may require a property: it lists some, or has `allOf` parts that may. */
function mayRequire(schema: JsonObject): boolean {
  return (Array.isArray(schema.required) && schema.required.length > 0) || Array.isArray(schema.allOf);
}

/** Definitions reached from a schema through required properties only (inline objects included, arrays excluded). */
function requiredEdges(refs: RefResolver, root: Located): Edge[] {
  const edges: Edge[] = [];
  const seen = new Set<string>();
  const stack: Array<{ schema: Located; trail?: Trail }> = [{ schema: root }];
  while (stack.length) {
    const { schema, trail } = stack.pop()!;
    if (seen.has(schema.pointer)) continue;
    seen.add(schema.pointer);
    const required = collectRequired(refs, schema);
    if (required.size === 0) continue;
    const properties = collectProperties(refs, schema);
    for (const name of required) {
      const property = properties.get(name);
      if (!property || !isObject(property.value)) continue;
      const next: Trail = trail ? { name, parent: trail } : { name };
      if (property.value.$ref !== undefined) {
        const target = resolveSchema(refs, property.value, property.pointer);
        if (target) edges.push({ property: label(next), to: target.pointer });
      } else {
        stack.push({ schema: { value: property.value, pointer: property.pointer }, trail: next });
      }
    }
  }
  return edges;
}

export const docs: RuleDocs = {
  rationale: 'If A requires a B and B requires an A, no finite value satisfies either schema; the validator rejects such loops.',
  fix: 'Remove one property of the loop from its `required` list (or turn it into an array, which may be empty).',
  source: 'Microsoft Learn, Swagger Validator rule RequiredLoopInSchemaNotAllowed.',
};

export default defineRule({
  meta: {
    id: 'schema-no-required-loop',
    area: 'schema',
    description: 'Required properties do not lead back, through `$ref`s, to the schema that requires them.',
    severity: everywhere('error'),
    messages: {
      loop: "Definition '{name}' requires itself through {chain}; make one of these properties optional.",
    },
  },
  create(context) {
    const definitions: Located[] = [];
    return {
      schema(node) {
        // A definition that requires nothing, itself or through `allOf`, has no edge, so it can close no loop.
        if (node.role === 'definition' && node.depth === 0 && mayRequire(node.value)) definitions.push({ value: node.value, pointer: node.pointer });
      },
      connectorEnd() {
        const graph = new Map(definitions.map((d) => [d.pointer, requiredEdges(context.refs, d)]));
        const state = new Map<string, 'open' | 'done'>();
        const nameOf = (pointer: string) => pointer.slice(pointer.lastIndexOf('/') + 1);
        for (const start of graph.keys()) {
          if (state.has(start)) continue;
          // Iterative depth-first search; `path` holds the open definitions and the edge taken from each.
          const path: Array<{ pointer: string; edges: Edge[]; next: number }> = [{ pointer: start, edges: graph.get(start)!, next: 0 }];
          state.set(start, 'open');
          while (path.length) {
            const top = path.at(-1)!;
            const edge = top.edges[top.next++];
            if (!edge) {
              state.set(top.pointer, 'done');
              path.pop();
              continue;
            }
            const seen = state.get(edge.to);
            if (seen === 'open') {
              const from = path.findIndex((p) => p.pointer === edge.to);
              const links = path.slice(from).map((p) => `${nameOf(p.pointer)}.${p.edges[p.next - 1]!.property}`);
              context.report({
                messageId: 'loop',
                pointer: edge.to,
                file: apiDefinitionName(context),
                data: { name: nameOf(edge.to), chain: [...links, nameOf(edge.to)].join(' → ') },
              });
            } else if (seen === undefined && graph.has(edge.to)) {
              state.set(edge.to, 'open');
              path.push({ pointer: edge.to, edges: graph.get(edge.to)!, next: 0 });
            }
          }
        }
      },
    };
  },
});
