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
    // The role of each schema's root, found by going up the parents only for schemas that hold filterFunctions;
    // every node passed on the way keeps the answer, so deep nesting stays linear.
    const rootRoles = new WeakMap<SchemaNode, SchemaRole>();
    const rootRole = (node: SchemaNode) => {
      const passed: SchemaNode[] = [];
      let role: SchemaRole | undefined;
      for (let at: SchemaNode | undefined = node; at && role === undefined; at = at.parent) {
        role = rootRoles.get(at);
        if (role !== undefined) break;
        passed.push(at);
        if (!at.parent) role = at.role;
      }
      for (const at of passed) rootRoles.set(at, role!);
      return role!;
    };
    /** Definitions may serve requests and responses, so only inline request bodies are judged. */
    const check = (list: unknown[], pointer: string, input: boolean) => {
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
        const own = node.value.filterFunctions;
        const capabilities = node.value['x-ms-capabilities'];
        const inCapabilities = isObject(capabilities) ? capabilities.filterFunctions : undefined;
        if (!Array.isArray(own) && !Array.isArray(inCapabilities)) return;
        const input = rootRole(node) === 'body';
        if (Array.isArray(own)) check(own, joinPointer(node.pointer, 'filterFunctions'), input);
        if (Array.isArray(inCapabilities)) check(inCapabilities, joinPointer(node.pointer, 'x-ms-capabilities', 'filterFunctions'), input);
      },
    };
  },
});
