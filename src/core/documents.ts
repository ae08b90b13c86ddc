/**
 * Types of a connector's documents, for tools that build one in code. They follow our schemas (`schemas/`): Swagger
 * 2.0 as `openapi-types` models it, plus every `x-ms-*` extension in the place the platform reads it. Types only: the
 * checker itself takes any value.
 *
 * The document and operation types list their keys exactly, so a misspelt `x-ms-*` key is a compile error. A
 * connector that carries another vendor's extension widens the type where it needs it, e.g.
 * `ApiDefinition & { 'x-acme-owner': string }`. (Parameter and Schema Objects stay open, as `openapi-types` has them.)
 *
 * @module
 */
import type { OpenAPIV2 } from 'openapi-types';

/** `x-ms-visibility`: how prominently a designer shows the operation, parameter or property. */
export type XMsVisibility = 'important' | 'advanced' | 'internal';

/** The inputs of a dynamic call: a literal, `{ parameter }`, `{ value }` or `{ parameterReference }` per input. */
export type XMsDynamicParameters = Record<string, unknown>;

export interface XMsDynamicValues {
  operationId?: string;
  builtInOperation?: 'AadGraph.GetUsers';
  capability?: 'file-picker';
  parameters?: XMsDynamicParameters;
  'value-collection'?: string;
  'value-path'?: string;
  'value-title'?: string;
}

export interface XMsDynamicList {
  operationId?: string;
  parameters?: XMsDynamicParameters;
  itemsPath?: string;
  itemTitlePath?: string;
  itemValuePath?: string;
}

export interface XMsDynamicSchema {
  operationId?: string;
  parameters?: XMsDynamicParameters;
  'value-path'?: string;
}

export interface XMsDynamicProperties {
  operationId?: string;
  parameters?: XMsDynamicParameters;
  itemValuePath?: string;
}

export interface XMsDynamicTree {
  settings?: Record<string, unknown>;
  open?: Record<string, unknown>;
  browse?: Record<string, unknown>;
}

export interface XMsCapabilityCall {
  operationId?: string;
  parameters?: XMsDynamicParameters;
}

/** Extensions a parameter and a schema share. */
export interface ValueExtensions {
  'x-ms-summary'?: string;
  'x-ms-visibility'?: XMsVisibility;
  'x-ms-dynamic-values'?: XMsDynamicValues;
  'x-ms-dynamic-list'?: XMsDynamicList;
  'x-ms-dynamic-schema'?: XMsDynamicSchema;
  'x-ms-dynamic-properties'?: XMsDynamicProperties;
  'x-ms-dynamic-tree'?: XMsDynamicTree;
  'x-ms-enum-values'?: Array<{ value?: unknown; displayName?: string }>;
  /** AutoRest's extension; the platform ignores it. */
  'x-ms-enum'?: { name?: string; modelAsString?: boolean; values?: unknown[] };
  'x-ms-localizeDefaultValue'?: boolean;
  'x-ms-notification-url'?: boolean;
  'x-ms-test-value'?: unknown;
}

export type ApiParameter = OpenAPIV2.Parameter &
  ValueExtensions & {
    'x-ms-parameter-location'?: 'client' | 'method';
    'x-ms-skip-url-encoding'?: boolean;
    'x-ms-url-encoding'?: 'single' | 'double';
    'x-ms-trigger-value'?: { 'value-collection'?: string; 'value-path'?: string };
  };

export type ApiSchema = OpenAPIV2.SchemaObject &
  ValueExtensions & {
    'x-ms-editor'?: string;
    'x-ms-media-kind'?: 'image' | 'audio';
  };

export interface OperationExtensions {
  'x-ms-summary'?: string;
  'x-ms-visibility'?: XMsVisibility;
  'x-ms-trigger'?: 'single' | 'batch';
  'x-ms-trigger-hint'?: string;
  'x-ms-trigger-metadata'?: { kind?: 'query'; mode?: 'polling' };
  'x-ms-notification'?: { operationId?: string };
  'x-ms-pageable'?: { nextLinkName?: string };
  'x-ms-capabilities'?: { chunkTransfer?: boolean };
  'x-ms-api-annotation'?: {
    family?: string;
    revision?: number;
    status?: 'Preview' | 'Production';
    replacement?: { api?: string; operationId?: string };
  };
  'x-ms-no-generic-test'?: boolean;
  'x-ms-safe-operation'?: boolean;
  'x-ms-operation-context'?: { simulate?: { operationId?: string; parameters?: Record<string, unknown> } };
  'x-ms-openai-data'?: Record<string, unknown>;
  parameters?: Array<OpenAPIV2.ReferenceObject | ApiParameter>;
}

export type ApiOperation = OpenAPIV2.OperationObject<OperationExtensions>;

export type ApiPathItem = OpenAPIV2.PathItemObject<OperationExtensions> & {
  'x-ms-notification-content'?: { description?: string; schema?: ApiSchema | OpenAPIV2.ReferenceObject };
};

/** One entry of `x-ms-connector-metadata`: `Website`, `Privacy policy`, `Categories`. */
export interface XMsConnectorMetadataEntry {
  propertyName: string;
  propertyValue: string;
}

/** Root-level `x-ms-capabilities`. */
export interface XMsCapabilities {
  'file-picker'?: {
    open?: XMsCapabilityCall;
    browse?: XMsCapabilityCall;
    'value-title'?: string;
    'value-collection'?: string;
    'value-folder-property'?: string;
    'value-media-property'?: string;
  };
  testConnection?: XMsCapabilityCall;
}

/** `apiDefinition.swagger.json`: a Swagger 2.0 document with the Power Platform extensions. */
export interface ApiDefinition extends Omit<OpenAPIV2.Document<OperationExtensions>, 'paths' | 'info' | 'definitions' | `x-express-${string}`> {
  swagger: '2.0';
  info: OpenAPIV2.InfoObject & {
    'x-ms-api-annotation'?: { status?: 'Preview' | 'Production' };
    'x-ms-deployment-version'?: string;
    'x-ms-keywords'?: string[];
  };
  paths: Record<string, ApiPathItem>;
  definitions?: Record<string, ApiSchema>;
  'x-ms-connector-metadata'?: XMsConnectorMetadataEntry[];
  'x-ms-capabilities'?: XMsCapabilities;
  'x-ms-docs'?: Array<{ url?: string; description?: string }>;
  'x-ms-openai-manifest'?: Record<string, unknown>;
}

/** A connection parameter of `apiProperties.json`. */
export interface ConnectionParameter {
  type?: 'string' | 'securestring' | 'int' | 'bool' | 'gatewaySetting' | 'oauthSetting';
  uiDefinition?: {
    displayName?: string;
    description?: string;
    tooltip?: string;
    tabIndex?: number;
    constraints?: {
      required?: 'true' | 'false' | boolean;
      hidden?: 'true' | 'false' | boolean;
      clearText?: boolean;
      tabIndex?: number;
      capability?: string[];
      allowedValues?: Array<{ value?: string; text?: string }>;
      dependencies?: Record<string, { values?: string[] }>;
    };
  };
  oAuthSettings?: {
    identityProvider?: string;
    clientId?: string | null;
    clientSecret?: string | null;
    scopes?: string[];
    redirectMode?: 'Global' | 'Direct' | 'GlobalPerConnector';
    redirectUrl?: string | null;
    properties?: { IsFirstParty?: 'True' | 'False'; AzureActiveDirectoryResourceId?: string; IsOnbehalfofLoginSupported?: boolean };
    customParameters?: Record<string, { value?: string | null }>;
    additionalParameters?: Record<string, unknown>;
  };
  allowedValues?: Array<{ value?: string; uiDefinition?: { displayName?: string; description?: string } }>;
  defaultValue?: unknown;
  metadata?: { sourceType?: string };
}

/** A policy template instance; the parameters each template needs are judged by rule `props-policy-templates`. */
export interface PolicyTemplateInstance {
  templateId: string;
  title?: string;
  parameters?: Record<string, unknown>;
}

/** `apiProperties.json`. */
export interface ApiProperties {
  $schema?: string;
  properties: {
    iconBrandColor?: string;
    publisher?: string;
    stackOwner?: string;
    capabilities?: string[];
    connectionParameters?: Record<string, ConnectionParameter>;
    connectionParameterSets?: {
      uiDefinition?: { displayName?: string; description?: string };
      values?: Array<{ name?: string; uiDefinition?: { displayName?: string; description?: string }; parameters?: Record<string, ConnectionParameter> }>;
    };
    policyTemplateInstances?: PolicyTemplateInstance[];
    /** operationIds that run `script.csx`; an empty list means every operation does. */
    scriptOperations?: string[];
    /** The platform ignores other keys (rule `props-allowed-keys` warns). */
    [key: string]: unknown;
  };
}
