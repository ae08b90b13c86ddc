import rule from '../../../src/rules/schema/schema-string-binary-position.js';
import { defineCases } from '../../helpers/rule-tester.js';

/** PDF4me Connect (certified), WebhookSubscribe: the payload of the notification carries the file as a nested binary. */
const pdf4meNotification = {
  apiDefinition: {
    paths: {
      '/hooks': {
        'x-ms-notification-content': {
          description: 'Response from Webhook',
          schema: { type: 'object', properties: { fileName: { type: 'string', title: 'File Name' }, fileContent: { type: 'string', title: 'File Content', format: 'binary' } } },
        },
      },
    },
  },
};

/** Rencore Code (certified), POST /api/analyze: the file to analyse as a binary property of a JSON body. */
const rencoreAnalyze = (file: object) => ({
  apiDefinition: {
    definitions: { AnalyzeRequest: { type: 'object', properties: { file } } },
    paths: {
      '/analyze': {
        post: { operationId: 'Analyze', parameters: [{ name: 'body', in: 'body', schema: { $ref: '#/definitions/AnalyzeRequest' } }], responses: { '204': { description: 'Done.' } } },
      },
    },
  },
});

export default defineCases({
  rule,
  valid: [
    { name: 'a binary body', patch: { apiDefinition: { paths: { '/stations': { post: { operationId: 'Upload', parameters: [{ name: 'body', in: 'body', schema: { type: 'string', format: 'binary' } }], responses: { '204': { description: 'Done.' } } } } } } } },
    { name: 'a base64 property of a request body', patch: rencoreAnalyze({ type: 'string', format: 'byte' }) },
    { name: 'a binary property of a webhook payload (PDF4me Connect)', patch: pdf4meNotification },
    { name: 'binary array items in a response', patch: { apiDefinition: { paths: { '/stations': { get: { responses: { '200': { schema: { items: { $ref: null, type: 'string', format: 'binary' } } } } } } } } } },
    { name: 'a binary property of a definition no request uses', patch: { apiDefinition: { definitions: { Station: { properties: { photo: { type: 'string', format: 'binary' } } } } } } },
  ],
  invalid: [
    { name: 'a binary property of a request body, through a $ref (Rencore Code)', patch: rencoreAnalyze({ type: 'string', format: 'binary' }), messages: ['nested'] },
    {
      name: 'binary items of an inline request body',
      patch: { apiDefinition: { paths: { '/stations': { post: { operationId: 'Upload', parameters: [{ name: 'body', in: 'body', schema: { type: 'array', items: { type: 'string', format: 'binary' } } }], responses: { '204': { description: 'Done.' } } } } } } },
      messages: ['nested'],
    },
  ],
});
