import type { JsonFile } from '../parse/connector.js';
import type { ExtensionNode, ExtensionOwner, HttpMethod, JsonObject, NodeKinds, OperationNode, RefTarget, SchemaRole } from './nodes.js';
import { entries, isObject } from './json-object.js';
import { joinPointer } from '../parse/pointer.js';
import { refOf, type RefResolver } from './refs.js';
import { ExtensionAt, OperationAt, ParameterAt, PathItemAt, pointerAt, RefAt, ResponseAt, SchemaAt } from './walk-nodes.js';

export { entries, isObject } from './json-object.js';

/** The node kinds sent through `emit`; extensions go by name, through `extensionTo`. */
export type EmittedKind = Exclude<keyof NodeKinds, 'extension'>;
export type Emit = <K extends EmittedKind>(kind: K, node: NodeKinds[K]) => void;

/** Where the walk sends nodes; it builds no node of a kind, or extension of a name, that nobody listens to. */
export interface Dispatch {
  emit: Emit;
  has(kind: keyof NodeKinds): boolean;
  /** Where to send the extension named `name`; undefined when no rule wants it. */
  extensionTo(name: string): ((node: ExtensionNode) => void) | undefined;
}


/** Whatever knows the pointer of an extension's owner: its node, read only when an extension is reported. */
type PointerHolder = { readonly pointer: string };
const rootAt: PointerHolder = { pointer: '' };
const infoAt: PointerHolder = { pointer: '/info' };

export const httpMethods: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];

/**
 * The single walk over a swagger document. Every node kind is emitted once, where it is written; `$ref`s are emitted as
 * `ref` nodes and not expanded, so a definition used by ten operations is visited once and cycles cannot loop.
 */
export function walkApiDefinition(file: JsonFile, root: JsonObject, refs: RefResolver, { emit, has, extensionTo }: Dispatch): void {
  const wantsExtensions = has('extension');
  const wantsRefs = has('ref');
  const extensions = (owner: ExtensionOwner, ownerValue: JsonObject, at: PointerHolder, operation?: OperationNode) => {
    if (!wantsExtensions) return;
    // for-in walks the object's cached key list; Object.keys would copy it for every object visited.
    for (const name in ownerValue) {
      if (!name.startsWith('x-') || !Object.hasOwn(ownerValue, name)) continue;
      const send = extensionTo(name);
      if (send) send(new ExtensionAt(at, owner, name, ownerValue[name], ownerValue, operation));
    }
  };
  const ref = (holder: JsonObject, at: string | PointerHolder, expects: RefTarget): boolean => {
    const target = refOf(holder);
    if (target === undefined) return false;
    if (wantsRefs) emit('ref', new RefAt(typeof at === 'string' ? at : at.pointer, target, expects, refs.resolve(target), holder));
    return true;
  };
  const schemas = (value: unknown, pointer: string, role: SchemaRole, operation?: OperationNode) => {
    if (isObject(value)) walkSchemas(new SchemaAt(pointer, value, role, undefined, undefined, operation), emit, extensions, ref);
  };
  const parameter = (value: unknown, pointer: string, operation?: OperationAt, pathItem?: PathItemAt) => {
    if (!isObject(value) || ref(value, pointer, 'parameters')) return;
    const node = new ParameterAt(pointer, value, operation, pathItem);
    emit('parameter', node);
    extensions('parameter', value, node, operation);
    if (value.in === 'body') schemas(value.schema, pointer + '/schema', 'body', operation);
  };
  const response = (value: unknown, pointer: string, code: string, operation?: OperationAt) => {
    if (!isObject(value) || ref(value, pointer, 'responses')) return;
    const node = new ResponseAt(pointer, code, value, operation);
    emit('response', node);
    extensions('response', value, node, operation);
    schemas(value.schema, pointer + '/schema', 'response', operation);
    if (!wantsExtensions || !isObject(value.headers)) return;
    for (const name of Object.keys(value.headers)) {
      const header = value.headers[name];
      if (isObject(header)) extensions('header', header, { pointer: pointerAt(pointer, '/headers/', name) }, operation);
    }
  };
  const keysOf = (value: unknown): string[] => (isObject(value) ? Object.keys(value) : []);

  emit('apiDefinition', { file, value: root });
  extensions('root', root, rootAt);
  if (isObject(root.info)) extensions('info', root.info, infoAt);
  const rootParameters = root.parameters as JsonObject;
  for (const name of keysOf(rootParameters)) parameter(rootParameters[name], pointerAt('/parameters/', '', name));
  const rootResponses = root.responses as JsonObject;
  for (const name of keysOf(rootResponses)) response(rootResponses[name], pointerAt('/responses/', '', name), name);
  const definitions = root.definitions as JsonObject;
  for (const name of keysOf(definitions)) schemas(definitions[name], pointerAt('/definitions/', '', name), 'definition');
  const securityDefinitions = root.securityDefinitions as JsonObject;
  for (const name of keysOf(securityDefinitions)) {
    const value = securityDefinitions[name];
    if (!isObject(value)) continue;
    const node = { name, pointer: pointerAt('/securityDefinitions/', '', name), value };
    emit('securityDefinition', node);
    extensions('securityDefinition', value, node);
  }
  const paths = root.paths as JsonObject;
  for (const path of keysOf(paths)) {
    const item = paths[path];
    if (path.startsWith('x-') || !isObject(item)) continue;
    const pathItem = new PathItemAt(path, item);
    emit('pathItem', pathItem);
    const itemPointer = pathItem.pointer;
    if (ref(item, itemPointer, 'pathItem')) continue;
    extensions('pathItem', item, pathItem);
    const notification = item['x-ms-notification-content'];
    if (isObject(notification)) schemas(notification.schema, itemPointer + '/x-ms-notification-content/schema', 'notification');
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (let index = 0; index < shared.length; index++) parameter(shared[index], pointerAt(itemPointer, '/parameters/', index), undefined, pathItem);
    for (const method of httpMethods) {
      const value = item[method];
      if (!isObject(value)) continue;
      const operation = new OperationAt(method, value, pathItem, shared, refs);
      if (Array.isArray(value.consumes)) operation.consumes = { list: value.consumes, pointer: operation.pointer + '/consumes' };
      else if (Array.isArray(root.consumes)) operation.consumes = { list: root.consumes, pointer: '/consumes' };
      emit('operation', operation);
      const { pointer } = operation;
      extensions('operation', value, operation, operation);
      const own = Array.isArray(value.parameters) ? value.parameters : [];
      for (let index = 0; index < own.length; index++) parameter(own[index], pointerAt(pointer, '/parameters/', index), operation);
      const responses = value.responses as JsonObject;
      for (const code of keysOf(responses)) {
        if (!code.startsWith('x-')) response(responses[code], pointerAt(pointer, '/responses/', code), code, operation);
      }
    }
  }
}

type Extensions = (owner: ExtensionOwner, value: JsonObject, at: PointerHolder, operation?: OperationNode) => void;
type Ref = (holder: JsonObject, at: string | PointerHolder, expects: RefTarget) => boolean;

/** Walks a schema and everything nested in it, with an explicit stack so deep nesting cannot overflow the call stack. */
function walkSchemas(rootNode: SchemaAt, emit: Emit, extensions: Extensions, ref: Ref): void {
  const { operation } = rootNode;
  const stack: SchemaAt[] = [rootNode];
  // A child's pointer is built from its parent's, by role and name or index, when a rule first reads it.
  const child = (value: unknown, parent: SchemaAt, role: SchemaRole, name?: string, index?: number) => {
    if (isObject(value)) stack.push(new SchemaAt(undefined, value, role, parent, name, operation, index));
  };
  while (stack.length) {
    const node = stack.pop()!;
    const value = node.value;
    if (ref(value, node, 'definitions')) {
      extensions('schema', value, node, operation);
      continue;
    }
    emit('schema', node);
    extensions('schema', value, node, operation);
    const first = stack.length;
    const properties = value.properties;
    if (isObject(properties)) {
      for (const name in properties) if (Object.hasOwn(properties, name)) child(properties[name], node, 'property', name);
    }
    const items = value.items;
    if (Array.isArray(items)) {
      for (let index = 0; index < items.length; index++) child(items[index], node, 'items', undefined, index);
    } else child(items, node, 'items');
    child(value.additionalProperties, node, 'additionalProperties');
    const allOf = value.allOf;
    if (Array.isArray(allOf)) {
      for (let index = 0; index < allOf.length; index++) child(allOf[index], node, 'allOf', undefined, index);
    }
    // Reversed so that children are visited in document order.
    for (let i = first, j = stack.length - 1; i < j; i++, j--) {
      // A swap through a variable: destructuring an array literal may build the array and iterate it.
      const swapped = stack[i]!;
      stack[i] = stack[j]!;
      stack[j] = swapped;
    }
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
