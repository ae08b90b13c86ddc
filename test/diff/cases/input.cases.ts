import { defineDiffCases } from './define.js';

const listItems = '/paths/~1items/get';
const top = `${listItems}/parameters/0`;
const status = `${listItems}/parameters/1`;
const category = `${listItems}/parameters/2`;
const newItem = '/definitions/NewItem/properties';

export const inputCases = [
  defineDiffCases('bc-required-input-added', [
    {
      name: 'a required key is listed in a free-form object input: flows send what they sent before',
      revision: {
        both: (s) => (s.definitions.NewItem.properties.extra = { type: 'object' }),
        swagger: (s) => (s.definitions.NewItem.properties.extra = { type: 'object', required: ['source'], properties: { source: { type: 'string' } } }),
      },
      expect: [{ level: 'info', operationId: 'CreateItem', message: 'free-form' }],
    },
    {
      name: 'a required parameter is added',
      doc: true,
      revision: { swagger: (s) => s.paths['/items'].get.parameters.push({ name: 'store', in: 'query', required: true, type: 'string' }) },
      expect: [{ level: 'breaking', operationId: 'ListItems', base: `${listItems}/parameters`, revision: `${listItems}/parameters/3`, message: "'store'" }],
    },
    {
      name: 'a required body property is added',
      doc: true,
      revision: {
        swagger: (s) => {
          s.definitions.NewItem.properties.sku = { type: 'string' };
          s.definitions.NewItem.required.push('sku');
        },
      },
      expect: [{ level: 'breaking', operationId: 'CreateItem', base: newItem, revision: `${newItem}/sku`, message: "'item/sku'" }],
    },
    {
      name: 'a required parameter with a default is added',
      revision: { swagger: (s) => s.paths['/items'].get.parameters.push({ name: 'page', in: 'query', required: true, type: 'integer', default: 1 }) },
      expect: [{ level: 'warning', operationId: 'ListItems' }],
    },
    {
      name: 'a required internal parameter with a default is added',
      revision: {
        swagger: (s) =>
          s.paths['/items'].get.parameters.push({ name: 'api-version', in: 'query', required: true, type: 'string', default: '2024-01-01', 'x-ms-visibility': 'internal' }),
      },
      expect: [{ level: 'info', operationId: 'ListItems' }],
    },
    {
      name: 'a required property inside a new optional object is not required of existing flows',
      revision: {
        swagger: (s) =>
          (s.definitions.NewItem.properties.address = { type: 'object', required: ['city'], properties: { city: { type: 'string' } } }),
      },
      expect: [],
    },
  ]),
  defineDiffCases('bc-input-optional-to-required', [
    {
      name: 'an optional parameter becomes required',
      doc: true,
      revision: { swagger: (s) => (s.paths['/items'].get.parameters[0].required = true) },
      expect: [{ level: 'breaking', operationId: 'ListItems', base: top, revision: top }],
    },
    {
      name: 'an optional body property becomes required',
      revision: { swagger: (s) => s.definitions.NewItem.required.push('price') },
      expect: [{ level: 'breaking', operationId: 'CreateItem', base: `${newItem}/price`, revision: `${newItem}/price`, message: "'item/price'" }],
    },
    {
      name: 'an optional parameter with a default becomes required',
      revision: { swagger: (s) => (s.paths['/items'].get.parameters[1].required = true) },
      expect: [{ level: 'warning', operationId: 'ListItems' }],
    },
  ]),
  defineDiffCases('bc-input-removed', [
    {
      name: 'a parameter respelt with another separator is one rename',
      revision: {
        both: (s) => s.paths['/items'].get.parameters.push({ name: 'store_id', in: 'query', type: 'string' }),
        swagger: (s) => (s.paths['/items'].get.parameters[3].name = 'storeId'),
      },
      expect: [{ level: 'breaking', operationId: 'ListItems', message: "'store_id' of 'ListItems' was renamed to 'storeId'" }],
    },
    {
      name: 'a listed key of a dictionary input is removed: flows still send it',
      revision: {
        both: (s) => (s.definitions.NewItem.properties.labels = { type: 'object', additionalProperties: { type: 'string' }, properties: { color: { type: 'string' } } }),
        swagger: (s) => delete s.definitions.NewItem.properties.labels.properties.color,
      },
      expect: [{ level: 'info', operationId: 'CreateItem', message: 'free-form' }],
    },
    {
      name: 'a field inside the values of a dictionary input is removed',
      revision: {
        both: (s) =>
          (s.definitions.NewItem.properties.labels = { type: 'object', additionalProperties: { type: 'object', properties: { text: { type: 'string' } } } }),
        swagger: (s) => delete s.definitions.NewItem.properties.labels.additionalProperties.properties.text,
      },
      expect: [{ level: 'info', operationId: 'CreateItem', message: "'item/labels/*/text'" }],
    },
    {
      name: 'a parameter is removed',
      doc: true,
      revision: { swagger: (s) => s.paths['/items'].get.parameters.splice(0, 1) },
      expect: [{ level: 'breaking', operationId: 'ListItems', base: top, revision: `${listItems}/parameters`, message: "'top'" }],
    },
    {
      name: 'a parameter is renamed only in case',
      revision: { swagger: (s) => (s.paths['/items'].get.parameters[0].name = 'Top') },
      expect: [{ level: 'breaking', operationId: 'ListItems', base: top, message: "renamed to 'Top', which differs only in case" }],
    },
    {
      name: 'a body property is removed',
      revision: { swagger: (s) => delete s.definitions.NewItem.properties.notes },
      expect: [{ level: 'breaking', operationId: 'CreateItem', base: `${newItem}/notes`, revision: newItem, message: "'item/notes'" }],
    },
    {
      name: 'the body parameter is renamed',
      doc: true,
      revision: { swagger: (s) => (s.paths['/items'].post.parameters[0].name = 'newItem') },
      expect: [
        {
          level: 'breaking',
          operationId: 'CreateItem',
          base: '/paths/~1items/post/parameters/0/name',
          revision: '/paths/~1items/post/parameters/0/name',
          message: "from 'item' to 'newItem'",
        },
      ],
    },
    {
      name: 'an internal parameter is removed',
      revision: {
        both: (s) => s.paths['/items'].get.parameters.push({ name: 'format', in: 'query', type: 'string', default: 'json', 'x-ms-visibility': 'internal' }),
        swagger: (s) => s.paths['/items'].get.parameters.pop(),
      },
      expect: [{ level: 'warning', operationId: 'ListItems' }],
    },
  ]),
  defineDiffCases('bc-input-type-changed', [
    {
      name: 'the type of a parameter changes',
      doc: true,
      revision: { swagger: (s) => (s.paths['/items'].get.parameters[1].type = 'integer') },
      expect: [{ level: 'warning', operationId: 'ListItems', base: `${status}/type`, revision: `${status}/type`, message: 'from string to integer' }],
    },
    {
      name: 'a parameter becomes an array',
      revision: {
        swagger: (s) => Object.assign(s.paths['/items'].get.parameters[2], { type: 'array', items: { type: 'string' }, collectionFormat: 'csv' }),
      },
      expect: [{ level: 'breaking', operationId: 'ListItems', message: 'from string to array' }],
    },
    {
      name: 'a parameter widens to a string',
      revision: { swagger: (s) => Object.assign(s.paths['/items'].get.parameters[0], { type: 'string', format: undefined }) },
      expect: [{ level: 'info', operationId: 'ListItems', message: 'widened from integer to string' }],
    },
    {
      name: 'a string input gains a format',
      revision: { swagger: (s) => (s.definitions.NewItem.properties.notes.format = 'date-time') },
      expect: [{ level: 'warning', operationId: 'CreateItem', base: `${newItem}/notes`, revision: `${newItem}/notes/format` }],
    },
    {
      name: 'a numeric format changes',
      revision: { swagger: (s) => (s.paths['/items'].get.parameters[0].format = 'int64') },
      expect: [{ level: 'info', operationId: 'ListItems' }],
    },
  ]),
  defineDiffCases('bc-input-location-changed', [
    {
      name: 'a query input moved into the body is one move',
      doc: true,
      revision: {
        both: (s) => s.paths['/items'].post.parameters.push({ name: 'sku', in: 'query', type: 'string' }),
        swagger: (s) => {
          s.paths['/items'].post.parameters.pop();
          s.definitions.NewItem.properties.SKU = { type: 'string' };
        },
      },
      expect: [{ level: 'breaking', operationId: 'CreateItem', revision: '/definitions/NewItem/properties/SKU', message: "'sku' of 'CreateItem' moved from query to body (item/SKU)" }],
    },
    {
      name: 'a query parameter becomes a header',
      doc: true,
      revision: { swagger: (s) => (s.paths['/items'].get.parameters[0].in = 'header') },
      expect: [{ level: 'breaking', operationId: 'ListItems', base: `${top}/in`, revision: `${top}/in`, message: 'from query to header' }],
    },
  ]),
  defineDiffCases('bc-enum-narrowed', [
    {
      name: 'a boolean input whose enum still holds true and false is not narrowed',
      revision: {
        both: (s) => s.paths['/items'].get.parameters.push({ name: 'archived', in: 'query', type: 'boolean', enum: [true, false, 'null'] }),
        swagger: (s) => (s.paths['/items'].get.parameters[3].enum = [true, false]),
      },
      expect: [],
    },
    {
      name: 'a boolean input that loses false is narrowed',
      revision: {
        both: (s) => s.paths['/items'].get.parameters.push({ name: 'archived', in: 'query', type: 'boolean', enum: [true, false] }),
        swagger: (s) => (s.paths['/items'].get.parameters[3].enum = [true]),
      },
      expect: [{ level: 'warning', operationId: 'ListItems', message: "no longer accepts 'false'" }],
    },
    {
      name: 'a value is removed from an input enum',
      doc: true,
      revision: { swagger: (s) => (s.paths['/items'].get.parameters[1].enum = ['open']) },
      expect: [{ level: 'warning', operationId: 'ListItems', base: `${status}/enum`, revision: `${status}/enum`, message: "no longer accepts 'closed'" }],
    },
    {
      name: 'an enum is added to an input that had none',
      revision: { swagger: (s) => (s.definitions.NewItem.properties.notes.enum = ['short', 'long']) },
      expect: [{ level: 'warning', operationId: 'CreateItem', base: `${newItem}/notes`, revision: `${newItem}/notes/enum`, message: "now only accepts 'short', 'long'" }],
    },
  ]),
  defineDiffCases('bc-enum-widened', [
    {
      name: 'a value is added to an input enum',
      doc: true,
      revision: { swagger: (s) => s.paths['/items'].get.parameters[1].enum.push('archived') },
      expect: [{ level: 'info', operationId: 'ListItems', message: "also accepts 'archived'" }],
    },
    {
      name: 'an input enum is dropped',
      revision: { swagger: (s) => delete s.paths['/items'].get.parameters[1].enum },
      expect: [{ level: 'info', operationId: 'ListItems', base: `${status}/enum`, revision: status }],
    },
  ]),
  defineDiffCases('bc-default-changed', [
    {
      name: 'the default of an input changes',
      doc: true,
      revision: { swagger: (s) => (s.paths['/items'].get.parameters[1].default = 'closed') },
      expect: [{ level: 'warning', operationId: 'ListItems', base: `${status}/default`, revision: `${status}/default`, message: "from 'open' to 'closed'" }],
    },
    {
      name: 'the default of an input is removed',
      revision: { swagger: (s) => delete s.paths['/items'].get.parameters[1].default },
      expect: [{ level: 'warning', operationId: 'ListItems', message: "lost its default 'open'" }],
    },
    {
      name: 'a default is added',
      revision: { swagger: (s) => (s.paths['/items'].get.parameters[0].default = 20) },
      expect: [{ level: 'info', operationId: 'ListItems', message: "now defaults to '20'" }],
    },
  ]),
  defineDiffCases('bc-input-made-internal', [
    {
      name: 'an input without a default becomes internal',
      doc: true,
      revision: { swagger: (s) => (s.paths['/items'].get.parameters[0]['x-ms-visibility'] = 'internal') },
      expect: [{ level: 'breaking', operationId: 'ListItems', base: top, revision: `${top}/x-ms-visibility` }],
    },
    {
      name: 'an input with a default becomes internal',
      revision: { swagger: (s) => (s.paths['/items'].get.parameters[1]['x-ms-visibility'] = 'internal') },
      expect: [{ level: 'warning', operationId: 'ListItems' }],
    },
  ]),
  defineDiffCases('bc-dynamic-values-changed', [
    {
      name: 'the operation behind a dropdown changes',
      doc: true,
      revision: { swagger: (s) => (s.paths['/items'].get.parameters[2]['x-ms-dynamic-values'].operationId = 'ListGroups') },
      expect: [
        { level: 'warning', operationId: 'ListItems', base: `${category}/x-ms-dynamic-values`, revision: `${category}/x-ms-dynamic-values` },
      ],
    },
    {
      name: 'a dropdown is removed',
      revision: { swagger: (s) => delete s.paths['/items'].get.parameters[2]['x-ms-dynamic-values'] },
      expect: [{ level: 'info', operationId: 'ListItems', base: `${category}/x-ms-dynamic-values`, revision: category }],
    },
  ]),
  defineDiffCases('bc-dynamic-schema-changed', [
    {
      name: 'the operation behind a dynamic body changes',
      doc: true,
      revision: {
        both: (s) =>
          (s.paths['/items'].post.parameters[0].schema = { 'x-ms-dynamic-schema': { operationId: 'GetItemSchema', parameters: {}, 'value-path': 'schema' } }),
        swagger: (s) => (s.paths['/items'].post.parameters[0].schema['x-ms-dynamic-schema'].operationId = 'GetItemSchemaV2'),
      },
      expect: [
        {
          level: 'warning',
          operationId: 'CreateItem',
          base: '/paths/~1items/post/parameters/0/schema/x-ms-dynamic-schema',
          revision: '/paths/~1items/post/parameters/0/schema/x-ms-dynamic-schema',
          message: "input 'item'",
        },
      ],
    },
  ]),
  defineDiffCases('bc-input-constraint-tightened', [
    {
      name: 'a maximum length is lowered',
      doc: true,
      revision: { swagger: (s) => (s.definitions.NewItem.properties.name.maxLength = 50) },
      expect: [{ level: 'warning', operationId: 'CreateItem', base: `${newItem}/name/maxLength`, revision: `${newItem}/name/maxLength`, message: 'maxLength' }],
    },
    {
      name: 'a pattern is added',
      revision: { swagger: (s) => (s.definitions.NewItem.properties.notes.pattern = '^[a-z]+$') },
      expect: [{ level: 'warning', operationId: 'CreateItem' }],
    },
    {
      name: 'a maximum length is raised',
      revision: { swagger: (s) => (s.definitions.NewItem.properties.name.maxLength = 200) },
      expect: [],
    },
  ]),
  defineDiffCases('bc-optional-input-added', [
    {
      name: 'the body property a query input moved into is not also reported as added',
      revision: {
        both: (s) => s.paths['/items'].post.parameters.push({ name: 'sku', in: 'query', type: 'string' }),
        swagger: (s) => {
          s.paths['/items'].post.parameters.pop();
          s.definitions.NewItem.properties.SKU = { type: 'string' };
        },
      },
      expect: [],
    },
    {
      name: 'the new spelling of a respelt input is not also reported as added',
      revision: { swagger: (s) => (s.definitions.NewItem.properties = { Name: s.definitions.NewItem.properties.name, price: s.definitions.NewItem.properties.price, notes: s.definitions.NewItem.properties.notes }) },
      expect: [],
    },
    {
      name: 'an optional parameter is added',
      doc: true,
      revision: { swagger: (s) => s.paths['/items'].get.parameters.push({ name: 'search', in: 'query', type: 'string' }) },
      expect: [{ level: 'info', operationId: 'ListItems', base: `${listItems}/parameters`, revision: `${listItems}/parameters/3` }],
    },
    {
      name: 'an optional body property is added',
      revision: { swagger: (s) => (s.definitions.NewItem.properties.color = { type: 'string' }) },
      expect: [{ level: 'info', operationId: 'CreateItem', base: newItem, revision: `${newItem}/color`, message: "'item/color'" }],
    },
  ]),
];
