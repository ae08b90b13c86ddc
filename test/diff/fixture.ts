import { diffConnectors, type DiffOptions } from '../../src/diff/index.js';
import type { DiffResult } from '../../src/diff/types.js';
import { parseConnector } from '../../src/parse/connector.js';

/** Fixtures are plain JSON edited freely in place. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** A small connector that uses what the checks look at: shared definitions, a `$ref` cycle, a body, a trigger. */
export function baseSwagger(): Json {
  return {
    swagger: '2.0',
    info: { title: 'Contoso Items', description: 'Manage the items of a Contoso store.', version: '1.0', contact: { name: 'Contoso' } },
    host: 'api.contoso.com',
    basePath: '/v1',
    schemes: ['https'],
    consumes: ['application/json'],
    produces: ['application/json'],
    securityDefinitions: { api_key: { type: 'apiKey', name: 'X-Api-Key', in: 'header' } },
    paths: {
      '/items': {
        get: {
          operationId: 'ListItems',
          summary: 'List items',
          description: 'Lists the items of the store.',
          parameters: [
            { name: 'top', in: 'query', type: 'integer', format: 'int32', required: false, 'x-ms-summary': 'Top', description: 'How many items.' },
            { name: 'status', in: 'query', type: 'string', enum: ['open', 'closed'], default: 'open', 'x-ms-summary': 'Status' },
            {
              name: 'category',
              in: 'query',
              type: 'string',
              'x-ms-summary': 'Category',
              'x-ms-dynamic-values': { operationId: 'ListCategories', 'value-path': 'id', 'value-title': 'name' },
            },
          ],
          responses: {
            '200': {
              description: 'The items.',
              schema: { type: 'object', properties: { value: { type: 'array', items: { $ref: '#/definitions/Item' } } } },
            },
          },
        },
        post: {
          operationId: 'CreateItem',
          summary: 'Create an item',
          description: 'Creates an item in the store.',
          parameters: [{ name: 'item', in: 'body', required: true, schema: { $ref: '#/definitions/NewItem' } }],
          responses: { '201': { description: 'The new item.', schema: { $ref: '#/definitions/Item' } } },
        },
      },
      '/items/{id}': {
        parameters: [{ $ref: '#/parameters/ItemId' }],
        get: {
          operationId: 'GetItem',
          summary: 'Get an item',
          description: 'Gets one item.',
          responses: { '200': { description: 'The item.', schema: { $ref: '#/definitions/Item' } } },
        },
        delete: {
          operationId: 'DeleteItem',
          summary: 'Delete an item',
          description: 'Deletes one item.',
          responses: { '204': { description: 'Deleted.' } },
        },
      },
      '/categories': {
        get: {
          operationId: 'ListCategories',
          summary: 'List categories',
          description: 'Lists the categories.',
          'x-ms-visibility': 'internal',
          responses: { '200': { description: 'The categories.', schema: { type: 'array', items: { $ref: '#/definitions/Category' } } } },
        },
      },
      '/hooks/items': {
        'x-ms-notification-content': { description: 'The new item.', schema: { $ref: '#/definitions/Item' } },
        post: {
          operationId: 'OnItemCreated',
          summary: 'When an item is created',
          description: 'Triggers when an item is created.',
          'x-ms-trigger': 'single',
          parameters: [{ name: 'callback', in: 'body', required: true, schema: { type: 'object', properties: { url: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' } } } }],
          responses: { '201': { description: 'Subscribed.', schema: { type: 'object', properties: { subscriptionId: { type: 'string' } } } } },
        },
      },
    },
    parameters: {
      ItemId: { name: 'id', in: 'path', required: true, type: 'string', 'x-ms-summary': 'Item id' },
    },
    definitions: {
      Item: {
        type: 'object',
        properties: {
          id: { type: 'string', description: 'The item id.' },
          name: { type: 'string', description: 'The item name.', 'x-ms-summary': 'Name' },
          price: { type: 'number', format: 'double', description: 'The price.' },
          tags: { type: 'array', items: { type: 'string' } },
          owner: { $ref: '#/definitions/User' },
        },
      },
      User: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          manager: { $ref: '#/definitions/User' },
        },
      },
      NewItem: {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string', 'x-ms-summary': 'Name', maxLength: 100 },
          price: { type: 'number', 'x-ms-summary': 'Price' },
          notes: { type: 'string', 'x-ms-summary': 'Notes' },
        },
      },
      Category: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } },
    },
  };
}

export function baseProperties(): Json {
  return {
    properties: {
      connectionParameters: {
        api_key: {
          type: 'securestring',
          uiDefinition: {
            displayName: 'API key',
            description: 'Your Contoso API key.',
            tooltip: 'Find it in your Contoso profile.',
            constraints: { required: 'true' },
          },
        },
      },
      iconBrandColor: '#da3b01',
      publisher: 'Jane Doe',
      stackOwner: 'Contoso',
      policyTemplateInstances: [
        { templateId: 'setheader', title: 'Client', parameters: { 'x-ms-apimTemplateParameter.name': 'X-Client', 'x-ms-apimTemplateParameter.value': 'flows' } },
      ],
    },
  };
}

/** Edits to the two versions; each receives a fresh copy of the base files to change in place. */
export interface Revision {
  swagger?: (swagger: Json) => void;
  properties?: (properties: Json) => void;
  /** Edits applied to both versions before `swagger` and `properties` change the revision. */
  both?: (swagger: Json, properties: Json) => void;
  /** Edits to the revision's file texts, after the JSON is written (to break it, or to remove a file). */
  files?: (files: Record<string, string>) => void;
  /** Edits to the base's file texts. */
  baseFiles?: (files: Record<string, string>) => void;
}

/** The two versions as file texts, so that changes carry ranges. */
export function versions(revision: Revision): { base: Record<string, string>; revision: Record<string, string> } {
  const make = (edit: boolean) => {
    const swagger = baseSwagger();
    const properties = baseProperties();
    revision.both?.(swagger, properties);
    if (edit) {
      revision.swagger?.(swagger);
      revision.properties?.(properties);
    }
    const files: Record<string, string> = {
      'apiDefinition.swagger.json': JSON.stringify(swagger, null, 2),
      'apiProperties.json': JSON.stringify(properties, null, 2),
    };
    (edit ? revision.files : revision.baseFiles)?.(files);
    return files;
  };
  return { base: make(false), revision: make(true) };
}

export function diffRevision(revision: Revision, options?: DiffOptions): DiffResult {
  const files = versions(revision);
  return diffConnectors(parseConnector(files.base), parseConnector(files.revision), options);
}

/** ListCategories is internal in the fixture; cases that need a breaking change on it make it public in both versions. */
export function makeCategoriesPublic(s: Json): void {
  delete s.paths['/categories'].get['x-ms-visibility'];
}
