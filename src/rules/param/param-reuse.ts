import type { JsonObject, ParameterNode } from '../../core/nodes.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { locationOf, parameterLabel } from '../shared/parameters.js';

/** Copies this many or more suggest a shared definition. */
export const minCopies = 3;

const identityFields = ['name', 'in', 'type', 'format', 'required', 'x-ms-summary', 'description', 'x-ms-visibility', 'default'];

/**
 * The fields that make two inline parameters the same parameter; shallow, so deep values cannot blow the stack. Copies
 * whose descriptions differ only in a final full stop or white space are the same parameter drifting apart (and the
 * full-stop fix would make them equal).
 */
function identity(value: JsonObject): string {
  // Joined once, flat: a key grown by `+=` is a chain of pieces that the map lookup copies flat before hashing it.
  return identityFields
    .map((field) => {
      const part = value[field];
      if (field === 'description' && typeof part === 'string') {
        // One final full stop dropped by hand: a replace is a runtime call for each parameter in V8's interpreter.
        const text = part.trimEnd();
        return text.endsWith('.') ? text.slice(0, -1) : text;
      }
      return typeof part === 'object' && part !== null ? '[object]' : String(part);
    })
    .join('\u0000');
}

export const docs: RuleDocs = {
  rationale: 'A parameter repeated by copy drifts: one copy gets a fix and the others do not. A shared definition keeps the label, description and type the same everywhere.',
  fix: 'Move the parameter to `#/parameters/<name>` and replace each copy with `{ "$ref": "#/parameters/<name>" }`.',
  source: 'Microsoft Learn, coding standards (define parameters shared by several operations once and reference them).',
};

export default defineRule({
  meta: {
    id: 'param-reuse',
    area: 'param',
    description: `A parameter written the same way in ${minCopies} or more operations is defined once under root \`parameters\`.`,
    severity: certification('info'),
    messages: {
      repeated: 'The parameter {parameter} is written the same way in {count} operations; define it once under root parameters and reference it with $ref.',
    },
  },
  create(context) {
    const copies = new Map<string, { first: ParameterNode; count: number }>();
    let file: string | undefined;
    return {
      apiDefinition(node) {
        file = node.file.name;
      },
      parameter(node) {
        if (!node.operation && !node.pathItem) return;
        if (locationOf(node.value) === 'body') return;
        const key = identity(node.value);
        const seen = copies.get(key);
        if (seen) seen.count++;
        else copies.set(key, { first: node, count: 1 });
      },
      connectorEnd() {
        if (!file) return;
        for (const { first, count } of copies.values()) {
          if (count >= minCopies) context.report({ messageId: 'repeated', file, pointer: first.pointer, data: { parameter: parameterLabel(first.value), count } });
        }
      },
    };
  },
});
