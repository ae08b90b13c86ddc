import { defineDiffCases } from './define.js';

export const connectorCases = [
  defineDiffCases('bc-minor-update-fields', [
    {
      name: 'operation summaries and the connector description are edited',
      doc: true,
      revision: {
        swagger: (s) => {
          s.info.description = 'Manage the items and categories of a Contoso store.';
          s.paths['/items/{id}'].get.summary = 'Get one item';
        },
      },
      expect: [
        { level: 'info', base: '/info/description', revision: '/info/description' },
        { level: 'info', operationId: 'GetItem', base: '/paths/~1items~1{id}/get/summary', revision: '/paths/~1items~1{id}/get/summary' },
      ],
    },
    {
      name: 'a response description and the publisher are edited',
      revision: {
        swagger: (s) => (s.paths['/items'].get.responses['200'].description = 'The items, newest first.'),
        properties: (p) => (p.properties.publisher = 'Jane Q. Doe'),
      },
      expect: [
        { level: 'info', base: '/properties/publisher', revision: '/properties/publisher', message: 'publisher' },
        { level: 'info', operationId: 'ListItems', message: 'description of the 200 response' },
      ],
    },
  ]),
  defineDiffCases('bc-non-breaking', [
    {
      name: 'a description in a shared definition is edited',
      doc: true,
      revision: { swagger: (s) => (s.definitions.Item.properties.name.description = 'The display name of the item.') },
      expect: [{ level: 'info', operationId: 'CreateItem', base: '/definitions/Item/properties/name/description', message: "output 'body/name'" }],
    },
    {
      name: 'an input becomes important',
      revision: { swagger: (s) => (s.paths['/items'].get.parameters[0]['x-ms-visibility'] = 'important') },
      expect: [{ level: 'info', operationId: 'ListItems', message: 'from default to important' }],
    },
    {
      name: 'the connector title changes',
      revision: { swagger: (s) => (s.info.title = 'Contoso Store') },
      expect: [{ level: 'info', base: '/info', revision: '/info' }],
    },
  ]),
  defineDiffCases('bc-file-unreadable', [
    {
      name: 'the revision swagger is not JSON',
      doc: true,
      revision: { files: (f) => (f['apiDefinition.swagger.json'] = 'swagger: "2.0"') },
      expect: [{ level: 'breaking', base: null, revision: '', message: 'cannot be read' }],
    },
    {
      name: 'the revision swagger is missing',
      revision: { files: (f) => delete f['apiDefinition.swagger.json'] },
      expect: [{ level: 'breaking', base: '', revision: null, message: 'missing' }],
    },
    {
      name: 'the revision swagger gains a syntax error that the parser reads past',
      revision: { files: (f) => (f['apiDefinition.swagger.json'] = f['apiDefinition.swagger.json']!.replace('"version": "1.0",', '"version": "1.0"')) },
      expect: [{ level: 'warning', revision: '', message: "a ',' is missing at the end of line 6" }],
    },
    {
      name: 'the base swagger is not JSON',
      revision: { baseFiles: (f) => (f['apiDefinition.swagger.json'] = '[') },
      expect: [{ level: 'warning', base: '', revision: null }],
    },
  ]),
];
