import type { SchemaNode, SchemaRole } from '../../core/nodes.js';
import { joinPointer } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { isObject } from '../../core/walk.js';

export const docs: RuleDocs = {
  rationale: 'Filter functions tell the designer which OData functions a returned column supports; the validator checks the list and its place.',
  fix: 'Keep `filterFunctions` on response schemas only, with each function listed once.',
  source:
    'Microsoft Learn, Swagger Validator rules FilterFunctionsPropertyEmpty, FilterFunctionsPropertyHasDuplicates, FilterFunctionsPropertyInInputSchema (the allowed values are not published, so they are not checked).',
};

export default defineRule({
  meta: {
    id: 'schema-filter-functions',
    area: 'schema',
    description: '`filterFunctions` (on a schema or in its `x-ms-capabilities`) is a non-empty list without repeats, in response schemas only.',
    severity: everywhere('error'),
    messages: {
      empty: "'filterFunctions' is empty; list at least one function or remove it.",
      duplicate: "'{name}' appears more than once in 'filterFunctions'; remove the repeat.",
      inInput: "'filterFunctions' describes how a response can be filtered, so it belongs in a response schema, not in a request body.",
    },
  },
  create(context) {
    // The role of each schema's root, looked up from its parent (visited first), so deep nesting stays linear.
    const rootRoles = new WeakMap<SchemaNode, SchemaRole>();
    const rootRole = (node: SchemaNode) => {
      const role = (node.parent && rootRoles.get(node.parent)) ?? node.role;
      rootRoles.set(node, role);
      return role;
    };
    /** Definitions may serve requests and responses, so only inline request bodies are judged. */
    const check = (list: unknown, pointer: string, input: boolean) => {
      if (!Array.isArray(list)) return;
      if (input) context.report({ messageId: 'inInput', pointer, target: 'key' });
      if (list.length === 0) context.report({ messageId: 'empty', pointer });
      const seen = new Set<unknown>();
      list.forEach((name, index) => {
        if (!seen.has(name)) return void seen.add(name);
        context.report({ messageId: 'duplicate', pointer: joinPointer(pointer, index), data: { name: String(name) } });
      });
    };
    return {
      schema(node) {
        const input = rootRole(node) === 'body';
        check(node.value.filterFunctions, joinPointer(node.pointer, 'filterFunctions'), input);
        const capabilities = node.value['x-ms-capabilities'];
        if (isObject(capabilities)) check(capabilities.filterFunctions, joinPointer(node.pointer, 'x-ms-capabilities', 'filterFunctions'), input);
      },
    };
  },
});
