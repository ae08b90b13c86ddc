import type { ConnectorFile, ConnectorInput, JsonFile, MarkdownFile, TextFile } from '../parse/connector.js';
import type { MarkdownHeading } from '../parse/markdown.js';
import type { RefResolution } from './refs.js';

/** A JSON object as read from a file. */
export type JsonObject = Record<string, unknown>;

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch';

export interface ConnectorNode {
  input: ConnectorInput;
}

export interface FileNode {
  file: ConnectorFile;
}

/** The root object of `apiDefinition.swagger.json`. */
export interface ApiDefinitionNode {
  file: JsonFile;
  value: JsonObject;
}

/** A key of `paths` (extensions excepted). A `$ref` path item is emitted too, for its key, but not walked. */
export interface PathItemNode {
  path: string;
  pointer: string;
  value: JsonObject;
}

/** A parameter in effect for an operation, after `$ref` resolution and path-level merging. */
export interface EffectiveParameter {
  value: JsonObject;
  /** Where the parameter object is written (the `#/parameters/...` target for a reference). */
  pointer: string;
  /** Where the operation lists it (the reference itself, for a `$ref`). */
  usePointer: string;
}

export interface OperationNode {
  path: string;
  method: HttpMethod;
  pointer: string;
  value: JsonObject;
  pathItem: PathItemNode;
  parameters: EffectiveParameter[];
  /** The `consumes` list in effect, the operation's or else the document's, with where it is written. */
  consumes?: { list: unknown[]; pointer: string };
}

export interface ParameterNode {
  pointer: string;
  value: JsonObject;
  /** The operation or path item that lists it inline; both absent for root `#/parameters` entries. */
  operation?: OperationNode;
  pathItem?: PathItemNode;
}

export interface ResponseNode {
  pointer: string;
  /** The status code key (`200`, `default`), or the name under root `#/responses`. */
  code: string;
  value: JsonObject;
  operation?: OperationNode;
}

export type SchemaRole =
  | 'definition'
  | 'body'
  | 'response'
  | 'notification'
  | 'property'
  | 'items'
  | 'additionalProperties'
  | 'allOf';

/** A schema object met in the document. `$ref`s are not expanded: the target is visited where it is written. */
export interface SchemaNode {
  pointer: string;
  value: JsonObject;
  role: SchemaRole;
  /** Nesting below the schema root (0 at the root). */
  depth: number;
  parent?: SchemaNode;
  /** The property name, for `role: 'property'`. */
  propertyName?: string;
  /** The operation whose request or response holds the schema, for inline schemas. */
  operation?: OperationNode;
}

export type RefTarget = 'definitions' | 'parameters' | 'responses' | 'pathItem';

export interface RefNode {
  /** Pointer of the object holding `$ref`. */
  pointer: string;
  ref: string;
  /** What the position expects the reference to name. */
  expects: RefTarget;
  resolution: RefResolution;
  holder: JsonObject;
}

export type ExtensionOwner =
  | 'root'
  | 'info'
  | 'pathItem'
  | 'operation'
  | 'parameter'
  | 'response'
  | 'header'
  | 'schema'
  | 'securityDefinition';

/** An `x-...` key on an object the walk visits. */
export interface ExtensionNode {
  name: string;
  value: unknown;
  pointer: string;
  owner: ExtensionOwner;
  ownerPointer: string;
  ownerValue: JsonObject;
  operation?: OperationNode;
}

export interface SecurityDefinitionNode {
  name: string;
  pointer: string;
  value: JsonObject;
}

/** The root object of `apiProperties.json`. */
export interface ApiPropertiesNode {
  file: JsonFile;
  value: JsonObject;
}

export interface ConnectionParameterNode {
  name: string;
  pointer: string;
  value: JsonObject;
}

export interface PolicyTemplateNode {
  index: number;
  pointer: string;
  value: JsonObject;
}

export interface ReadmeNode {
  file: MarkdownFile;
}

export interface ReadmeSectionNode {
  file: MarkdownFile;
  heading: MarkdownHeading;
}

export interface ScriptNode {
  file: TextFile;
}

/** Node kinds a rule can subscribe to, in the order the engine visits them. */
export interface NodeKinds {
  connector: ConnectorNode;
  file: FileNode;
  apiDefinition: ApiDefinitionNode;
  pathItem: PathItemNode;
  operation: OperationNode;
  parameter: ParameterNode;
  response: ResponseNode;
  schema: SchemaNode;
  ref: RefNode;
  extension: ExtensionNode;
  securityDefinition: SecurityDefinitionNode;
  apiProperties: ApiPropertiesNode;
  connectionParameter: ConnectionParameterNode;
  policyTemplate: PolicyTemplateNode;
  readme: ReadmeNode;
  readmeSection: ReadmeSectionNode;
  script: ScriptNode;
  /** Once, after every other node: for rules that compare what they collected. */
  connectorEnd: ConnectorNode;
}
