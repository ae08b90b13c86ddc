import { makeCategoriesPublic } from '../fixture.js';
import { defineDiffCases } from './define.js';

const item = '/definitions/Item/properties';
const getItem = '/paths/~1items~1{id}/get';

/** `Item` is returned by four operations, so a change inside it is reported once for each. */
const itemReaders = ['CreateItem', 'GetItem', 'ListItems', 'OnItemCreated'];

export const outputCases = [
  defineDiffCases('bc-output-field-deleted', [
    {
      name: 'an output field is deleted from a shared definition',
      doc: true,
      revision: { swagger: (s) => delete s.definitions.Item.properties.price },
      expect: itemReaders.map((operationId) => ({
        level: 'breaking' as const,
        operationId,
        base: `${item}/price`,
        revision: item,
        message: operationId === 'ListItems' ? "'body/value[]/price'" : "'body/price'",
      })),
    },
    {
      name: 'an output field is renamed only in case',
      revision: {
        both: makeCategoriesPublic,
        swagger: (s) => {
          s.definitions.Category.properties.Name = s.definitions.Category.properties.name;
          delete s.definitions.Category.properties.name;
        },
      },
      expect: [{ level: 'breaking', operationId: 'ListCategories', message: "renamed to 'Name'" }],
    },
    {
      name: 'a field deleted inside a recursive definition is reported once per operation',
      revision: { swagger: (s) => delete s.definitions.User.properties.name },
      expect: itemReaders.map((operationId) => ({
        level: 'breaking' as const,
        operationId,
        base: '/definitions/User/properties/name',
        message: operationId === 'ListItems' ? "'body/value[]/owner/name'" : "'body/owner/name'",
      })),
    },
  ]),
  defineDiffCases('bc-output-type-changed', [
    {
      name: 'the type of an output field changes',
      doc: true,
      revision: {
        swagger: (s) => {
          s.definitions.Item.properties.price = { type: 'string', description: 'The price.' };
          // Only GetItem returns the changed field: the others keep the old definition.
          s.definitions.OldItem = JSON.parse(JSON.stringify(s.definitions.Item));
          s.definitions.OldItem.properties.price = { type: 'number', format: 'double', description: 'The price.' };
          s.paths['/items'].post.responses['201'].schema.$ref = '#/definitions/OldItem';
          s.paths['/hooks/items']['x-ms-notification-content'].schema.$ref = '#/definitions/OldItem';
          s.paths['/items'].get.responses['200'].schema.properties.value.items.$ref = '#/definitions/OldItem';
        },
      },
      expect: [{ level: 'breaking', operationId: 'GetItem', base: `${item}/price/type`, revision: `${item}/price/type`, message: 'from number to string' }],
    },
    {
      name: 'the format of an output field changes',
      revision: {
        both: (s) => {
          makeCategoriesPublic(s);
          s.definitions.Category.properties.created = { type: 'string', format: 'date-time' };
        },
        swagger: (s) => (s.definitions.Category.properties.created.format = 'date'),
      },
      expect: [{ level: 'warning', operationId: 'ListCategories', message: "from 'date-time' to 'date'" }],
    },
    {
      name: 'a string output becomes an integer',
      revision: { both: makeCategoriesPublic, swagger: (s) => (s.definitions.Category.properties.id = { type: 'integer', format: 'int64' }) },
      expect: [{ level: 'breaking', operationId: 'ListCategories', message: 'from string to integer' }],
    },
    {
      name: 'an output of an operation that was internal changes type: a warning, since no flow calls it',
      revision: { swagger: (s) => (s.definitions.Category.properties.id = { type: 'integer', format: 'int64' }) },
      expect: [{ level: 'warning', operationId: 'ListCategories', message: "'ListCategories' was internal in the base" }],
    },
    {
      name: 'an integer output becomes a number: a warning',
      revision: {
        both: (s) => (s.definitions.Item.properties.quantity = { type: 'integer' }),
        swagger: (s) => (s.definitions.Item.properties.quantity = { type: 'number' }),
      },
      expect: itemReaders.map((operationId) => ({ level: 'warning' as const, operationId, message: 'from integer to number' })),
    },
    {
      name: 'a number output becomes an integer: info, flows still read a number',
      revision: { swagger: (s) => (s.definitions.Item.properties.price = { type: 'integer', description: 'The price.' }) },
      expect: itemReaders.map((operationId) => ({ level: 'info' as const, operationId, message: 'from number to integer' })),
    },
    {
      name: 'a numeric output format changes',
      revision: {
        both: (s) => (s.definitions.Category.properties.rank = { type: 'number', format: 'double' }),
        swagger: (s) => (s.definitions.Category.properties.rank.format = 'float'),
      },
      expect: [{ level: 'info', operationId: 'ListCategories' }],
    },
  ]),
  defineDiffCases('bc-output-shape-changed', [
    {
      name: 'an array output becomes a string',
      doc: true,
      revision: { swagger: (s) => (s.definitions.Item.properties.tags = { type: 'string' }) },
      expect: itemReaders.map((operationId) => ({ level: 'breaking' as const, operationId, base: `${item}/tags/type`, revision: `${item}/tags/type` })),
    },
    {
      name: 'the items of an array output change shape',
      revision: { both: makeCategoriesPublic, swagger: (s) => (s.definitions.Category = { type: 'array', items: { type: 'string' } }) },
      expect: [{ level: 'breaking', operationId: 'ListCategories', message: "Output 'body[]' of 'ListCategories' changed from object to array" }],
    },
  ]),
  defineDiffCases('bc-response-schema-removed', [
    {
      name: 'the success response loses its schema',
      doc: true,
      revision: { swagger: (s) => delete s.paths['/items/{id}'].get.responses['200'].schema },
      expect: [{ level: 'breaking', operationId: 'GetItem', base: `${getItem}/responses/200/schema`, revision: `${getItem}/responses/200` }],
    },
    {
      name: 'a webhook trigger keeps its outputs in its notification content',
      revision: { swagger: (s) => delete s.paths['/hooks/items'].post.responses['201'].schema },
      expect: [],
    },
    {
      name: 'a response loses a schema that declared nothing',
      revision: {
        both: (s) => (s.paths['/items/{id}'].delete.responses['204'].schema = { description: 'Anything.' }),
        swagger: (s) => delete s.paths['/items/{id}'].delete.responses['204'].schema,
      },
      expect: [{ level: 'warning', operationId: 'DeleteItem', message: 'untyped schema' }],
    },
  ]),
  defineDiffCases('bc-success-status-changed', [
    {
      name: 'the success status code changes',
      doc: true,
      revision: {
        swagger: (s) => {
          s.paths['/items'].post.responses['200'] = s.paths['/items'].post.responses['201'];
          delete s.paths['/items'].post.responses['201'];
        },
      },
      expect: [{ level: 'warning', operationId: 'CreateItem', base: '/paths/~1items/post/responses/201', revision: '/paths/~1items/post/responses/200' }],
    },
    {
      name: 'a default response becomes a 200 response',
      revision: {
        both: (s) => {
          s.paths['/items/{id}'].get.responses.default = s.paths['/items/{id}'].get.responses['200'];
          delete s.paths['/items/{id}'].get.responses['200'];
        },
        swagger: (s) => {
          s.paths['/items/{id}'].get.responses['200'] = s.paths['/items/{id}'].get.responses.default;
          delete s.paths['/items/{id}'].get.responses.default;
        },
      },
      expect: [],
    },
  ]),
  defineDiffCases('bc-output-field-added', [
    {
      name: 'an output field is added',
      doc: true,
      revision: { swagger: (s) => (s.definitions.Category.properties.color = { type: 'string' }) },
      expect: [{ level: 'info', operationId: 'ListCategories', base: '/definitions/Category/properties', revision: '/definitions/Category/properties/color' }],
    },
    {
      name: 'a response gains a schema',
      revision: { swagger: (s) => (s.paths['/items/{id}'].delete.responses['204'].schema = { type: 'object' }) },
      expect: [{ level: 'info', operationId: 'DeleteItem', base: '/paths/~1items~1{id}/delete/responses/204', revision: '/paths/~1items~1{id}/delete/responses/204/schema' }],
    },
  ]),
];
