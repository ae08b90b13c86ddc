import type { HttpMethod, OperationNode } from '../../core/nodes.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';
import { maxOperations } from '../op/op-count-max.js';
import { clip } from '../shared/operation-text.js';
import { operationLabel } from '../shared/operations.js';
import { shapeSegments } from '../shared/paths.js';

interface Route {
  operation: OperationNode;
  segments: string[];
}

/** Whether a request for `other` could be routed to `route`: every segment matches, and a variable of `route` meets a fixed segment. */
function catches(route: Route, other: Route): boolean {
  let variableMeetsStatic = false;
  for (let i = 0; i < route.segments.length; i++) {
    const mine = route.segments[i]!;
    const theirs = other.segments[i]!;
    if (mine === theirs) continue;
    // A variable never matches an empty segment ('/' or a trailing slash).
    if (mine === '{}' && theirs !== '') variableMeetsStatic = true;
    else if (theirs !== '{}' || mine === '') return false;
  }
  return variableMeetsStatic;
}

/** The first few items, and how many more: a message stays one readable sentence. */
function listed(items: string[]): string {
  const shown = items.slice(0, 3).join(', ');
  return items.length > 3 ? `${shown} and ${items.length - 3} more` : shown;
}

export const docs: RuleDocs = {
  rationale:
    "'/items/{id}' and '/items/search' both match a request for '/items/search', so the platform may route it to the wrong operation. The validator warns about such partial duplicates.",
  fix: "Give the variable route its own fixed segment, for example '/items/by-id/{id}', or accept the risk if the values can never collide.",
  source: 'Swagger Validator PartialDuplicateOperationPath.',
};

export default defineRule({
  meta: {
    id: 'path-partial-duplicate',
    area: 'path',
    description: 'No path variable of one operation lines up with a fixed segment of another operation of the same method.',
    severity: certification('warning'),
    messages: {
      partial: "Operation '{operation}' ({method} '{path}') would also match requests meant for {others}, when the path value equals the fixed segment; make the routes differ in a fixed segment.",
    },
  },
  create(context) {
    const groups = new Map<string, Route[]>();
    let file: string | undefined;
    const group = (method: HttpMethod, segments: string[]) => {
      const key = `${method} ${segments.length}`;
      let routes = groups.get(key);
      if (!routes) groups.set(key, (routes = []));
      return routes;
    };
    return {
      apiDefinition(node) {
        file = node.file.name;
      },
      operation(operation) {
        const segments = shapeSegments(operation.path);
        group(operation.method, segments).push({ operation, segments });
      },
      connectorEnd() {
        if (!file) return;
        for (const routes of groups.values()) {
          // Past the platform's operation limit the definition is refused anyway; the cap bounds the pairwise comparison.
          if (routes.length > maxOperations) continue;
          for (const route of routes) {
            // Only a variable segment catches another route's: a route without one is compared with none.
            if (!route.segments.includes('{}')) continue;
            const others: string[] = [];
            for (const other of routes) if (other !== route && catches(route, other)) others.push(`'${clip(other.operation.path)}'`);
            if (others.length === 0) continue;
            const { operation } = route;
            context.report({
              messageId: 'partial',
              file,
              pointer: operation.pointer,
              target: 'key',
              data: { operation: operationLabel(operation), method: operation.method.toUpperCase(), path: clip(operation.path), others: listed(others) },
            });
          }
        }
      },
    };
  },
});
