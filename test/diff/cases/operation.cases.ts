import { makeCategoriesPublic } from '../fixture.js';
import { defineDiffCases } from './define.js';

const getItem = '/paths/~1items~1{id}/get';
const deleteItem = '/paths/~1items~1{id}/delete';
const trigger = '/paths/~1hooks~1items/post';

export const operationCases = [
  defineDiffCases('bc-operation-deleted', [
    {
      name: 'an operation is deleted',
      doc: true,
      revision: { swagger: (s) => delete s.paths['/items/{id}'].delete },
      expect: [{ level: 'breaking', operationId: 'DeleteItem', base: deleteItem, revision: null, message: "'DeleteItem' (DELETE /items/{id}) was removed" }],
    },
    {
      name: 'an operationId is renamed',
      doc: true,
      revision: { swagger: (s) => (s.paths['/items/{id}'].get.operationId = 'GetItemById') },
      expect: [{ level: 'breaking', operationId: 'GetItem', base: getItem, revision: getItem, message: "renamed to 'GetItemById'" }],
    },
    {
      name: 'an operationId respelt in case and separators, on a new path, is one rename',
      revision: {
        swagger: (s) => {
          s.paths['/item/{id}'] = { parameters: s.paths['/items/{id}'].parameters, get: { ...s.paths['/items/{id}'].get, operationId: 'get_item' } };
          delete s.paths['/items/{id}'].get;
        },
      },
      expect: [{ level: 'breaking', operationId: 'GetItem', base: getItem, revision: '/paths/~1item~1{id}/get', message: "renamed to 'get_item'" }],
    },
    {
      name: 'the last operation of a path is deleted',
      revision: { both: makeCategoriesPublic, swagger: (s) => delete s.paths['/categories'] },
      expect: [{ level: 'breaking', operationId: 'ListCategories', base: '/paths/~1categories/get', revision: null }],
    },
    {
      name: 'an operation that was internal is deleted: a warning about the dropdowns built on it',
      revision: { swagger: (s) => delete s.paths['/categories'] },
      expect: [{ level: 'warning', operationId: 'ListCategories', base: '/paths/~1categories/get', revision: null, message: 'dynamic dropdowns' }],
    },
    {
      name: 'a renamed path parameter is not a rename of the operation',
      revision: {
        swagger: (s) => {
          s.paths['/items/{itemId}'] = s.paths['/items/{id}'];
          delete s.paths['/items/{id}'];
          s.parameters.ItemId.name = 'itemId';
        },
      },
      expect: [],
    },
  ]),
  defineDiffCases('bc-operation-hidden', [
    {
      name: 'an operation becomes internal',
      doc: true,
      revision: { swagger: (s) => (s.paths['/items/{id}'].get['x-ms-visibility'] = 'internal') },
      expect: [{ level: 'breaking', operationId: 'GetItem', base: getItem, revision: `${getItem}/x-ms-visibility` }],
    },
    {
      name: 'an operation that was internal stays internal',
      revision: { swagger: (s) => (s.paths['/categories'].get.summary = 'List all categories') },
      expect: [],
    },
  ]),
  defineDiffCases('bc-path-or-method-changed', [
    {
      name: 'the method of an operation changes',
      doc: true,
      revision: {
        swagger: (s) => {
          s.paths['/items/{id}'].post = s.paths['/items/{id}'].delete;
          delete s.paths['/items/{id}'].delete;
        },
      },
      expect: [{ level: 'breaking', operationId: 'DeleteItem', base: deleteItem, revision: '/paths/~1items~1{id}/post', message: 'from DELETE /v1/items/{id} to POST /v1/items/{id}' }],
    },
    {
      name: 'the path of an operation changes',
      revision: {
        both: makeCategoriesPublic,
        swagger: (s) => {
          s.paths['/categories/all'] = s.paths['/categories'];
          delete s.paths['/categories'];
        },
      },
      expect: [{ level: 'breaking', operationId: 'ListCategories', base: '/paths/~1categories/get', revision: '/paths/~1categories~1all/get' }],
    },
    {
      name: 'a segment moves between basePath and the paths, so no URL changes',
      revision: {
        swagger: (s) => {
          s.basePath = '/';
          s.paths = Object.fromEntries(Object.entries(s.paths).map(([path, item]) => [`/v1${path}`, item]));
        },
      },
      expect: [],
    },
  ]),
  defineDiffCases('bc-trigger-kind-changed', [
    {
      name: 'an action turned into a trigger under a new operationId',
      revision: {
        swagger: (s) => {
          s.paths['/items/{id}'].get.operationId = 'OnItemChanged';
          s.paths['/items/{id}'].get['x-ms-trigger'] = 'single';
        },
      },
      expect: [{ level: 'breaking', operationId: 'GetItem', revision: '/paths/~1items~1{id}/get/x-ms-trigger', message: "Operation 'GetItem' is now a trigger" }],
    },
    {
      name: 'a trigger becomes an action',
      doc: true,
      revision: { swagger: (s) => delete s.paths['/hooks/items'].post['x-ms-trigger'] },
      expect: [{ level: 'breaking', operationId: 'OnItemCreated', base: `${trigger}/x-ms-trigger`, revision: trigger, message: 'no longer a trigger' }],
    },
    {
      name: 'an action becomes a trigger',
      revision: { swagger: (s) => (s.paths['/items'].post['x-ms-trigger'] = 'single') },
      expect: [{ level: 'breaking', operationId: 'CreateItem', message: 'is now a trigger' }],
    },
    {
      name: 'a trigger changes from single to batch',
      revision: { swagger: (s) => (s.paths['/hooks/items'].post['x-ms-trigger'] = 'batch') },
      expect: [{ level: 'warning', operationId: 'OnItemCreated', base: `${trigger}/x-ms-trigger`, revision: `${trigger}/x-ms-trigger` }],
    },
  ]),
  defineDiffCases('bc-deprecation-path', [
    {
      name: 'an operation is deprecated without a replacement',
      doc: true,
      revision: { swagger: (s) => (s.paths['/items/{id}'].get.deprecated = true) },
      expect: [{ level: 'warning', operationId: 'GetItem', base: getItem, revision: `${getItem}/deprecated`, message: 'without a replacement' }],
    },
    {
      name: 'an operation is deprecated and names its replacement',
      doc: true,
      revision: {
        swagger: (s) => {
          Object.assign(s.paths['/items/{id}'].get, {
            deprecated: true,
            'x-ms-api-annotation': { replacement: { api: 'Contoso Items', operationId: 'GetItemV2' } },
          });
        },
      },
      expect: [{ level: 'info', operationId: 'GetItem', message: "in favour of 'GetItemV2'" }],
    },
    {
      name: 'a newer revision of the family replaces the deprecated operation',
      revision: {
        both: (s) => (s.paths['/items/{id}'].get['x-ms-api-annotation'] = { family: 'GetItem', revision: 1 }),
        swagger: (s) => {
          s.paths['/items/{id}'].get.deprecated = true;
          s.paths['/v2/items/{id}'] = {
            get: { ...s.paths['/items/{id}'].get, operationId: 'GetItem_V2', deprecated: false, 'x-ms-api-annotation': { family: 'GetItem', revision: 2 } },
          };
        },
      },
      expect: [{ level: 'info', operationId: 'GetItem', message: "in favour of 'GetItem_V2'" }],
    },
  ]),
  defineDiffCases('bc-operation-added', [
    {
      name: 'an operation is added',
      doc: true,
      revision: {
        swagger: (s) =>
          (s.paths['/items/{id}'].patch = { operationId: 'UpdateItem', summary: 'Update an item', responses: { '200': { description: 'OK' } } }),
      },
      expect: [{ level: 'info', operationId: 'UpdateItem', base: '/paths/~1items~1{id}', revision: '/paths/~1items~1{id}/patch' }],
    },
    {
      name: 'a renamed operation is not also reported as added',
      revision: { swagger: (s) => (s.paths['/items/{id}'].get.operationId = 'GetItemById') },
      expect: [],
    },
  ]),
];

