import { defineDiffCases } from './define.js';

const listItems = '/paths/~1items/get';
const getItem = '/paths/~1items~1{id}/get';
const oauth = {
  type: 'oauth2',
  flow: 'accessCode',
  authorizationUrl: 'https://login.contoso.com/authorize',
  tokenUrl: 'https://login.contoso.com/token',
  scopes: { 'items.read': 'Read items' },
};

/** Checks added for changes the diff did not report before: security details, formats, encodings, paging, headers. */
export const formatCases = [
  defineDiffCases('bc-security-changed', [
    {
      name: 'an OAuth scope is added',
      doc: true,
      revision: {
        both: (s) => (s.securityDefinitions = { oauth: structuredClone(oauth) }),
        swagger: (s) => (s.securityDefinitions.oauth.scopes['items.write'] = 'Write items'),
      },
      expect: [{ level: 'warning', base: '/securityDefinitions/oauth/scopes', revision: '/securityDefinitions/oauth/scopes', message: "'items.write'" }],
    },
    {
      name: 'an OAuth scope is removed',
      doc: true,
      revision: {
        both: (s) => (s.securityDefinitions = { oauth: { ...structuredClone(oauth), scopes: { 'items.read items.write': 'Read and write' } } }),
        swagger: (s) => (s.securityDefinitions.oauth.scopes = { 'items.read': 'Read' }),
      },
      expect: [{ level: 'info', message: "'items.write' were removed" }],
    },
    {
      name: 'the token URL changes',
      revision: {
        both: (s) => (s.securityDefinitions = { oauth: structuredClone(oauth) }),
        swagger: (s) => (s.securityDefinitions.oauth.tokenUrl = 'https://auth.contoso.com/token'),
      },
      expect: [{ level: 'warning', base: '/securityDefinitions/oauth/tokenUrl', revision: '/securityDefinitions/oauth/tokenUrl', message: 'token URL' }],
    },
    {
      name: 'the API key moves from a header to the query',
      revision: { swagger: (s) => (s.securityDefinitions.api_key = { type: 'apiKey', name: 'api_key', in: 'query' }) },
      expect: [{ level: 'breaking', message: "as query 'api_key' instead of header 'X-Api-Key'" }],
    },
    {
      name: 'a renamed security definition with the same settings is not a change',
      revision: { swagger: (s) => (s.securityDefinitions = { 'API Key': s.securityDefinitions.api_key }) },
      expect: [],
    },
    {
      name: 'the security requirement is removed',
      revision: {
        both: (s) => (s.security = [{ api_key: [] }]),
        swagger: (s) => delete s.security,
      },
      expect: [{ level: 'warning', base: '/security', message: "'api_key' was removed" }],
    },
    {
      name: 'apiProperties oAuthSettings gains a scope and a new token URL',
      revision: {
        both: (_s, p) =>
          (p.properties.connectionParameters.token = {
            type: 'oauthSetting',
            oAuthSettings: { identityProvider: 'oauth2', clientId: 'contoso', scopes: ['items.read'], customParameters: { tokenUrl: { value: 'https://login.contoso.com/token' } } },
          }),
        properties: (p) => {
          p.properties.connectionParameters.token.oAuthSettings.scopes.push('items.write');
          p.properties.connectionParameters.token.oAuthSettings.customParameters.tokenUrl.value = 'https://auth.contoso.com/token';
        },
      },
      expect: [
        { level: 'warning', message: "The OAuth token URL of 'token' changed" },
        { level: 'warning', message: "OAuth scopes 'items.write' were added to 'token'" },
      ],
    },
  ]),
  defineDiffCases('bc-response-format-changed', [
    {
      name: 'an operation stops producing JSON',
      doc: true,
      revision: { swagger: (s) => (s.paths['/items/{id}'].get.produces = ['application/xml']) },
      expect: [
        { level: 'warning', operationId: 'GetItem', base: '/produces', revision: `${getItem}/produces`, message: 'no longer produces application/json' },
        { level: 'info', operationId: 'GetItem', message: 'now also produces application/xml' },
      ],
    },
    {
      name: 'a media type parameter or its case is not a change',
      doc: true,
      revision: { swagger: (s) => (s.produces = ['Application/JSON; charset=utf-8']) },
      expect: [],
    },
    {
      name: 'a text response becomes typed JSON',
      doc: true,
      revision: {
        both: (s) => (s.paths['/items/{id}'].get.responses['200'].schema = { type: 'string' }),
        swagger: (s) => (s.paths['/items/{id}'].get.responses['200'].schema = { $ref: '#/definitions/Item' }),
      },
      expect: [{ level: 'warning', operationId: 'GetItem', message: 'instead of text' }],
    },
    {
      name: 'a response without a schema gains one',
      revision: { swagger: (s) => (s.paths['/items/{id}'].delete.responses['204'].schema = { type: 'object', properties: { ok: { type: 'boolean' } } }) },
      expect: [{ level: 'info', operationId: 'DeleteItem', message: 'where it had none' }],
    },
  ]),
  defineDiffCases('bc-pageable-removed', [
    {
      name: 'an operation stops being pageable',
      doc: true,
      revision: {
        both: (s) => (s.paths['/items'].get['x-ms-pageable'] = { nextLinkName: '@odata.nextLink' }),
        swagger: (s) => delete s.paths['/items'].get['x-ms-pageable'],
      },
      expect: [{ level: 'warning', operationId: 'ListItems', base: `${listItems}/x-ms-pageable`, revision: listItems }],
    },
    {
      name: 'the next link moves to another field',
      revision: {
        both: (s) => (s.paths['/items'].get['x-ms-pageable'] = { nextLinkName: '@odata.nextLink' }),
        swagger: (s) => (s.paths['/items'].get['x-ms-pageable'].nextLinkName = 'next'),
      },
      expect: [{ level: 'warning', operationId: 'ListItems', message: "from '@odata.nextLink' to 'next'" }],
    },
    {
      name: 'an operation becomes pageable',
      doc: true,
      revision: { swagger: (s) => (s.paths['/items'].get['x-ms-pageable'] = { nextLinkName: '@odata.nextLink' }) },
      expect: [],
    },
  ]),
  defineDiffCases('bc-url-encoding-changed', [
    {
      name: 'a path parameter switches to single encoding',
      doc: true,
      revision: { swagger: (s) => (s.parameters.ItemId['x-ms-url-encoding'] = 'single') },
      expect: ['DeleteItem', 'GetItem'].map((operationId) => ({
        level: 'warning' as const,
        operationId,
        base: '/parameters/ItemId',
        revision: '/parameters/ItemId/x-ms-url-encoding',
        message: 'single instead of double',
      })),
    },
    {
      name: 'writing out the default double encoding is not a change',
      doc: true,
      revision: { swagger: (s) => (s.parameters.ItemId['x-ms-url-encoding'] = 'double') },
      expect: [],
    },
  ]),
  defineDiffCases('bc-collection-format-changed', [
    {
      name: 'an array query parameter switches from commas to repeated names',
      doc: true,
      revision: {
        both: (s) => s.paths['/items'].get.parameters.push({ name: 'ids', in: 'query', type: 'array', items: { type: 'string' } }),
        swagger: (s) => (s.paths['/items'].get.parameters[3].collectionFormat = 'multi'),
      },
      expect: [{ level: 'warning', operationId: 'ListItems', revision: `${listItems}/parameters/3/collectionFormat`, message: 'as multi instead of csv' }],
    },
    {
      name: 'writing out the default csv is not a change',
      doc: true,
      revision: {
        both: (s) => s.paths['/items'].get.parameters.push({ name: 'ids', in: 'query', type: 'array', items: { type: 'string' } }),
        swagger: (s) => (s.paths['/items'].get.parameters[3].collectionFormat = 'csv'),
      },
      expect: [],
    },
  ]),
  defineDiffCases('bc-schemes-changed', [
    {
      name: 'http is dropped for https',
      doc: true,
      revision: { both: (s) => (s.schemes = ['http']), swagger: (s) => (s.schemes = ['https']) },
      expect: [{ level: 'warning', base: '/schemes', revision: '/schemes', message: "over 'http'" }],
    },
    {
      name: 'http is added beside https',
      doc: true,
      revision: { swagger: (s) => s.schemes.push('http') },
      expect: [{ level: 'info', message: "may now call the service over 'http'" }],
    },
  ]),
  defineDiffCases('bc-response-header-removed', [
    {
      name: 'a response header is removed',
      doc: true,
      revision: {
        both: (s) => (s.paths['/items/{id}'].get.responses['200'].headers = { ETag: { type: 'string' } }),
        swagger: (s) => delete s.paths['/items/{id}'].get.responses['200'].headers,
      },
      expect: [{ level: 'breaking', operationId: 'GetItem', base: `${getItem}/responses/200/headers/ETag`, revision: `${getItem}/responses/200` }],
    },
    {
      name: 'a response header changes only in case',
      doc: true,
      revision: {
        both: (s) => (s.paths['/items/{id}'].get.responses['200'].headers = { ETag: { type: 'string' } }),
        swagger: (s) => (s.paths['/items/{id}'].get.responses['200'].headers = { etag: { type: 'string' } }),
      },
      expect: [],
    },
  ]),
  defineDiffCases('bc-error-response-changed', [
    {
      name: 'an error response is removed and another added',
      doc: true,
      revision: {
        both: (s) => (s.paths['/items/{id}'].get.responses['404'] = { description: 'Not found.' }),
        swagger: (s) => {
          delete s.paths['/items/{id}'].get.responses['404'];
          s.paths['/items/{id}'].get.responses.default = { description: 'Error.', schema: { type: 'object' } };
        },
      },
      expect: [
        { level: 'info', operationId: 'GetItem', message: "Response '404' of 'GetItem' was removed" },
        { level: 'info', operationId: 'GetItem', message: "Response 'default' of 'GetItem' was added" },
      ],
    },
  ]),
  defineDiffCases('bc-input-required-to-optional', [
    {
      name: 'a required body property becomes optional',
      doc: true,
      revision: { swagger: (s) => (s.definitions.NewItem.required = []) },
      expect: [{ level: 'info', operationId: 'CreateItem', base: '/definitions/NewItem/properties/name', message: "'item/name' of 'CreateItem' is now optional" }],
    },
  ]),
  defineDiffCases('bc-output-enum-changed', [
    {
      name: 'an output enum loses a value',
      doc: true,
      revision: {
        both: (s) => (s.definitions.Item.properties.state = { type: 'string', enum: ['draft', 'live'] }),
        swagger: (s) => (s.definitions.Item.properties.state.enum = ['live', 'archived']),
      },
      // A shared definition's change is listed once, at the first operation that reads it.
      expect: [
        { level: 'info', operationId: 'CreateItem', message: "no longer lists 'draft'" },
        { level: 'info', operationId: 'CreateItem', message: "now also lists 'archived'" },
      ],
    },
  ]),
  defineDiffCases('bc-other-change', [
    {
      name: 'only the version and the keywords change',
      doc: true,
      revision: {
        swagger: (s) => {
          s.info.version = '1.1';
          s.info['x-ms-keywords'] = ['items'];
        },
      },
      expect: [{ level: 'info', base: '/info/version', revision: '/info/version', message: "'/info/version', '/info/x-ms-keywords'" }],
    },
    {
      name: 'silent when another check reports the edit',
      doc: true,
      revision: { swagger: (s) => (s.info.version = '1.1') && delete s.paths['/items/{id}'].delete },
      expect: [],
    },
    {
      name: 'key order alone is not a change',
      revision: { swagger: (s) => (s.info = { version: s.info.version, ...s.info }) },
      expect: [],
    },
  ]),
];
