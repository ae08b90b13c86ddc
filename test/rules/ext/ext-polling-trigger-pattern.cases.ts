import rule from '../../../src/rules/ext/ext-polling-trigger-pattern.js';
import { defineCases } from '../../helpers/rule-tester.js';

const trigger = (method: string, operation: object = {}) => ({
  apiDefinition: { paths: { '/new-stations': { [method]: { operationId: 'OnNewStation', 'x-ms-trigger': 'batch', responses: { '200': { description: 'New stations.' } }, ...operation } } } },
});
const policy = { apiProperties: { properties: { policyTemplateInstances: [{ templateId: 'pollingtrigger', title: 'Poll', parameters: {} }] } } };

export default defineCases({
  rule,
  valid: [
    { name: 'the pollingtrigger policy', patch: { ...trigger('get'), ...policy } },
    { name: 'a 202 with Location', patch: trigger('get', { responses: { '200': { description: 'New.' }, '202': { description: 'Nothing new.', headers: { Location: { type: 'string' }, 'Retry-After': { type: 'integer' } } } } }) },
    {
      name: 'webhooks are not polling triggers',
      patch: { apiDefinition: { paths: { '/hooks': { 'x-ms-notification-content': { schema: { $ref: '#/definitions/Station' } }, post: { operationId: 'Hook', 'x-ms-trigger': 'single', responses: { '201': { description: 'Subscribed.' } } } } } } },
    },
  ],
  invalid: [
    { name: 'no polling mechanism', patch: trigger('get'), messages: ['noPolling'] },
    { name: 'a POST polling trigger', patch: { ...trigger('post'), ...policy }, messages: ['notGet'] },
  ],
});
