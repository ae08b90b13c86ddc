import rule from '../../../src/rules/ext/ext-notification.js';
import { defineCases } from '../../helpers/rule-tester.js';

const webhook = {
  'x-ms-notification-content': { description: 'A change.', schema: { $ref: '#/definitions/Station' } },
  post: { operationId: 'Subscribe', 'x-ms-trigger': 'single', responses: { '201': { description: 'Subscribed.' } } },
};
const notification = (operationId: string, operation: object = { 'x-ms-trigger': 'batch' }) => ({
  apiDefinition: { paths: { '/hooks': webhook, '/stations': { get: { ...operation, 'x-ms-notification': { operationId } } } } },
});

export default defineCases({
  rule,
  valid: [
    { name: 'a trigger naming a webhook', patch: notification('Subscribe') },
    { name: 'a missing target is another rule', patch: notification('Nothing') },
  ],
  invalid: [
    { name: 'not a trigger', patch: notification('Subscribe', {}), messages: ['notTrigger'] },
    { name: 'naming a polling trigger', patch: notification('GetTidePredictions'), messages: ['targetNotWebhook'] },
    {
      name: 'on the webhook itself',
      patch: { apiDefinition: { paths: { '/hooks': { ...webhook, post: { ...webhook.post, 'x-ms-notification': { operationId: 'Subscribe' } } } } } },
      messages: ['onWebhook'],
    },
  ],
});
