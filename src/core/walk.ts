import type { JsonFile } from '../parse/connector.js';
import type {
  EffectiveParameter,
  ExtensionOwner,
  HttpMethod,
  JsonObject,
  NodeKinds,
  OperationNode,
  PathItemNode,
  RefTarget,
  SchemaNode,
  SchemaRole,
} from './nodes.js';
import { joinPointer } from '../parse/pointer.js';
import { refOf, type RefResolver } from './refs.js';

export type Emit = <K extends keyof NodeKinds>(kind: K, node: NodeKinds[K]) => void;

export const httpMethods: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own entries of an object, in key order; nothing from the prototype chain. */
export function entries(value: unknown): Array<[string, unknown]> {
  return isObject(value) ? Object.entries(value) : [];
}

/**
 * The single walk over a swagger document. Every node kind is emitted once, where it is written; `$ref`s are emitted as
 * `ref` nodes and not expanded, so a definition used by ten operations is visited once and cycles cannot loop.
 */
export function walkApiDefinition(file: JsonFile, root: JsonObject, refs: RefResolver, emit: Emit): void {
  const extensions = (owner: ExtensionOwner, ownerValue: JsonObject, ownerPointer: string, operation?: OperationNode) => {
    for (const [name, value] of entries(ownerValue)) {
      if (!name.startsWith('x-')) continue;
      const pointer = joinPointer(ownerPointer, name);
      emit('extension', { name, value, pointer, owner, ownerPointer, ownerValue, ...(operation && { operation }) });
    }
  };
  const ref = (holder: JsonObject, pointer: string, expects: RefTarget): boolean => {
    const target = refOf(holder);
    if (target === undefined) return false;
    emit('ref', { pointer, ref: target, expects, resolution: refs.resolve(target), holder });
    return true;
  };
  const schemas = (value: unknown, pointer: string, role: SchemaRole, operation?: OperationNode) =>
    walkSchemas(value, pointer, role, operation, emit, extensions, ref);
  const parameter = (value: unknown, pointer: string, owner: { operation?: OperationNode; pathItem?: PathItemNode }) => {
    if (!isObject(value) || ref(value, pointer, 'parameters')) return;
    emit('parameter', { pointer, value, ...owner });
    extensions('parameter', value, pointer, owner.operation);
    if (value.in === 'body') schemas(value.schema, joinPointer(pointer, 'schema'), 'body', owner.operation);
  };
  const response = (value: unknown, pointer: string, code: string, operation?: OperationNode) => {
    if (!isObject(value) || ref(value, pointer, 'responses')) return;
    emit('response', { pointer, code, value, ...(operation && { operation }) });
    extensions('response', value, pointer, operation);
    schemas(value.schema, joinPointer(pointer, 'schema'), 'response', operation);
    for (const [name, header] of entries(value.headers)) {
      if (isObject(header)) extensions('header', header, joinPointer(pointer, 'headers', name), operation);
    }
  };

  emit('apiDefinition', { file, value: root });
  extensions('root', root, '');
  if (isObject(root.info)) extensions('info', root.info, '/info');
  for (const [name, value] of entries(root.parameters)) parameter(value, joinPointer('/parameters', name), {});
  for (const [name, value] of entries(root.responses)) response(value, joinPointer('/responses', name), name);
  for (const [name, value] of entries(root.definitions)) schemas(value, joinPointer('/definitions', name), 'definition');
  for (const [name, value] of entries(root.securityDefinitions)) {
    if (!isObject(value)) continue;
    const pointer = joinPointer('/securityDefinitions', name);
    emit('securityDefinition', { name, pointer, value });
    extensions('securityDefinition', value, pointer);
  }
  for (const [path, item] of entries(root.paths)) {
    if (path.startsWith('x-') || !isObject(item)) continue;
    const itemPointer = joinPointer('/paths', path);
    const pathItem: PathItemNode = { path, pointer: itemPointer, value: item };
    emit('pathItem', pathItem);
    if (ref(item, itemPointer, 'pathItem')) continue;
    extensions('pathItem', item, itemPointer);
    const notification = item['x-ms-notification-content'];
    if (isObject(notification)) {
      schemas(notification.schema, joinPointer(itemPointer, 'x-ms-notification-content', 'schema'), 'notification');
    }
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    shared.forEach((value, index) => parameter(value, joinPointer(itemPointer, 'parameters', index), { pathItem }));
    for (const method of httpMethods) {
      const value = item[method];
      if (!isObject(value)) continue;
      const pointer = joinPointer(itemPointer, method);
      const operation: OperationNode = {
        path,
        method,
        pointer,
        value,
        pathItem,
        parameters: effectiveParameters(itemPointer, shared, pointer, value.parameters, refs),
      };
      if (Array.isArray(value.consumes)) operation.consumes = { list: value.consumes, pointer: joinPointer(pointer, 'consumes') };
      else if (Array.isArray(root.consumes)) operation.consumes = { list: root.consumes, pointer: '/consumes' };
      emit('operation', operation);
      extensions('operation', value, pointer, operation);
      const own = Array.isArray(value.parameters) ? value.parameters : [];
      own.forEach((param, index) => parameter(param, joinPointer(pointer, 'parameters', index), { operation }));
      for (const [code, resp] of entries(value.responses)) {
        if (!code.startsWith('x-')) response(resp, joinPointer(pointer, 'responses', code), code, operation);
      }
    }
  }
}

/** Path-level parameters overridden by operation-level ones with the same name and location. */
function effectiveParameters(
  itemPointer: string,
  shared: unknown[],
  operationPointer: string,
  own: unknown,
  refs: RefResolver,
): EffectiveParameter[] {
  const byKey = new Map<string, EffectiveParameter>();
  const add = (list: unknown[], listPointer: string) => {
    list.forEach((raw, index) => {
      const usePointer = joinPointer(listPointer, 'parameters', index);
      const resolved = refs.follow(raw, usePointer);
      if (!isObject(resolved.value) || resolved.failure) return;
      const value = resolved.value;
      const key = `${String(value.name)}\u0000${String(value.in)}`;
      byKey.delete(key);
      byKey.set(key, { value, pointer: resolved.pointer ?? usePointer, usePointer });
    });
  };
  add(shared, itemPointer);
  add(Array.isArray(own) ? own : [], operationPointer);
  return [...byKey.values()];
}

function walkSchemas(
  rootValue: unknown,
  rootPointer: string,
  rootRole: SchemaRole,
  operation: OperationNode | undefined,
  emit: Emit,
  extensions: (owner: ExtensionOwner, value: JsonObject, pointer: string, operation?: OperationNode) => void,
  ref: (holder: JsonObject, pointer: string, expects: RefTarget) => boolean,
): void {
  type Pending = { value: unknown; pointer: string; role: SchemaRole; parent?: SchemaNode; propertyName?: string };
  // An explicit stack keeps very deep schemas from exhausting the call stack.
  const stack: Pending[] = [{ value: rootValue, pointer: rootPointer, role: rootRole }];
  while (stack.length) {
    const { value, pointer, role, parent, propertyName } = stack.pop()!;
    if (!isObject(value)) continue;
    if (ref(value, pointer, 'definitions')) {
      extensions('schema', value, pointer, operation);
      continue;
    }
    const node: SchemaNode = {
      pointer,
      value,
      role,
      depth: parent ? parent.depth + 1 : 0,
      ...(parent && { parent }),
      ...(propertyName !== undefined && { propertyName }),
      ...(operation && { operation }),
    };
    emit('schema', node);
    extensions('schema', value, pointer, operation);
    const children: Pending[] = [];
    for (const [name, child] of entries(value.properties)) {
      children.push({ value: child, pointer: joinPointer(pointer, 'properties', name), role: 'property', parent: node, propertyName: name });
    }
    if (Array.isArray(value.items)) {
      value.items.forEach((child, index) =>
        children.push({ value: child, pointer: joinPointer(pointer, 'items', index), role: 'items', parent: node }),
      );
    } else if (isObject(value.items)) {
      children.push({ value: value.items, pointer: joinPointer(pointer, 'items'), role: 'items', parent: node });
    }
    if (isObject(value.additionalProperties)) {
      children.push({ value: value.additionalProperties, pointer: joinPointer(pointer, 'additionalProperties'), role: 'additionalProperties', parent: node });
    }
    if (Array.isArray(value.allOf)) {
      value.allOf.forEach((child, index) =>
        children.push({ value: child, pointer: joinPointer(pointer, 'allOf', index), role: 'allOf', parent: node }),
      );
    }
    // Reversed so that children are visited in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** Walks `apiProperties.json`: its connection parameters (those of every parameter set too) and policy templates. */
export function walkApiProperties(file: JsonFile, root: JsonObject, emit: Emit): void {
  emit('apiProperties', { file, value: root });
  const props = root.properties;
  if (!isObject(props)) return;
  const parameters = (list: unknown, base: string) => {
    for (const [name, value] of entries(list)) {
      if (isObject(value)) emit('connectionParameter', { name, pointer: joinPointer(base, name), value });
    }
  };
  parameters(props.connectionParameters, '/properties/connectionParameters');
  const sets = isObject(props.connectionParameterSets) ? props.connectionParameterSets.values : undefined;
  if (Array.isArray(sets)) {
    sets.forEach((set, index) => {
      if (isObject(set)) parameters(set.parameters, joinPointer('/properties/connectionParameterSets/values', index, 'parameters'));
    });
  }
  if (!Array.isArray(props.policyTemplateInstances)) return;
  props.policyTemplateInstances.forEach((value, index) => {
    if (isObject(value)) emit('policyTemplate', { index, pointer: joinPointer('/properties/policyTemplateInstances', index), value });
  });
}
