import rule from '../../../src/rules/ext/ext-webhook-delete.js';
import { defineCases } from '../../helpers/rule-tester.js';

const subscribe = {
  'x-ms-notification-content': { description: 'A change.', schema: { $ref: '#/definitions/Station' } },
  post: { operationId: 'OnStationChanged', 'x-ms-trigger': 'single', responses: { '201': { description: 'Subscribed.' } } },
};
const remove = { delete: { operationId: 'DeleteHook', 'x-ms-visibility': 'internal', responses: { '204': { description: 'Deleted.' } } } };

export default defineCases({
  rule,
  valid: [
    { name: 'no webhooks', patch: {} },
    { name: 'a DELETE under the same root', patch: { apiDefinition: { paths: { '/hooks': subscribe, '/hooks/{hookId}': remove } } } },
  ],
  invalid: [
    { name: 'no DELETE operation', patch: { apiDefinition: { paths: { '/hooks': subscribe } } }, messages: ['missing'] },
    { name: 'a DELETE elsewhere', patch: { apiDefinition: { paths: { '/hooks': subscribe, '/stations/{stationId}': remove } } }, messages: ['missing'] },
  ],
});
