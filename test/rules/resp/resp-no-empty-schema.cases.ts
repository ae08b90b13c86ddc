import rule from '../../../src/rules/resp/resp-no-empty-schema.js';
import { defineCases } from '../../helpers/rule-tester.js';

const schema = (value: unknown) => ({ apiDefinition: { paths: { '/stations': { get: { responses: { '200': { schema: value } } } } } } });
const responses = (value: unknown) => ({ apiDefinition: { paths: { '/stations': { get: { responses: value } } } } });
const operation = (value: unknown) => ({ apiDefinition: { paths: { '/stations': { get: value } } } });

export default defineCases({
  rule,
  valid: [
    { name: 'a schema with properties', patch: {} },
    { name: 'a dynamic schema', patch: { apiDefinition: { paths: { '/stations': { get: { responses: { '200': { schema: { type: null, items: null, 'x-ms-dynamic-schema': { operationId: 'ListStations' } } } } } } } } } },
    { name: 'a dictionary', patch: { apiDefinition: { definitions: { Station: { properties: null, additionalProperties: { type: 'string' } } } } } },
    { name: 'a string body', patch: { apiDefinition: { definitions: { TidePredictions: { type: 'string', properties: null } } } } },
    { name: 'an empty schema on default is another rule', patch: responses({ default: { description: 'Error.', schema: {} } }) },
    // Certified corpus webhook triggers answer the subscription with an empty 201; their outputs are the notification.
    {
      name: "a webhook trigger's subscription response",
      patch: { apiDefinition: { paths: { '/hooks': { 'x-ms-notification-content': { schema: { $ref: '#/definitions/Station' } }, post: { operationId: 'OnStation', summary: 'When a station changes', description: 'Triggers when a station changes.', 'x-ms-trigger': 'single', responses: { '201': { description: 'Created', schema: { type: 'object' } } } } } } } },
    },
    // ITGlue (corpus): empty schemas on 401/403/415/422 describe errors, not outputs a flow uses.
    { corpus: 'ITGlue', name: 'empty schemas on error codes (ITGlue)', patch: responses({ '401': { description: 'Unauthorized', schema: {} }, '422': { description: 'Unprocessable Entity', schema: { type: 'object' } } }) },
  ],
  invalid: [
    { name: 'an empty object schema', patch: schema({ type: 'object', items: null }), messages: ['empty'] },
    { name: 'an empty schema through $ref', patch: { apiDefinition: { definitions: { TidePredictions: { properties: null } } } }, messages: ['emptyRef'] },
    { name: 'a bare {} definition through $ref', patch: { apiDefinition: { definitions: { TidePredictions: { type: null, properties: null } } } }, messages: ['emptyRef'] },
    // Atlassian Jira (corpus): PUT /issue/{issueIdOrKey} declares 204 with {"type": "object"}.
    { corpus: 'Atlassian Jira', name: 'an empty schema on a 204 (Atlassian Jira)', patch: responses({ '204': { description: 'No Content', schema: { type: 'object' } } }), messages: ['noContent'] },
    // Clearbit (corpus): "Get a company's logo" returns an image with an empty object schema.
    { corpus: 'Clearbit', name: 'an image download with an empty schema (Clearbit)', patch: operation({ summary: "Get a company's logo", responses: { '200': { description: 'default', schema: { type: 'object', items: null } } } }), messages: ['file'] },
    { name: 'an operation that produces a spreadsheet', patch: operation({ produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'], responses: { '200': { description: 'OK', schema: { type: null, items: null } } } }), messages: ['file'] },
  ],
});
