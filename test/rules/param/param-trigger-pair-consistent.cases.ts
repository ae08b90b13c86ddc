import rule from '../../../src/rules/param/param-trigger-pair-consistent.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { addPaths, bodyParameter, newOperation, searchParameter } from '../op/helpers.js';

/** A polling trigger that names its webhook twin, and the webhook, each with one `search` parameter. */
const pair = (fetch: Record<string, unknown>, subscribe: Record<string, unknown>, notification: unknown = { operationId: 'OnStationWebhook' }) =>
  addPaths({
    '/stations/poll': {
      get: newOperation('OnStation', { 'x-ms-trigger': 'batch', 'x-ms-notification': notification, parameters: [{ ...searchParameter, ...fetch }] }),
    },
    '/stations/hooks': {
      post: newOperation('OnStationWebhook', { 'x-ms-trigger': 'single', parameters: [{ ...searchParameter, ...subscribe }, bodyParameter] }),
    },
  });

export default defineCases({
  rule,
  valid: [
    { name: 'same type and visibility', patch: pair({ 'x-ms-visibility': 'advanced' }, { 'x-ms-visibility': 'advanced' }) },
    { name: 'no notification link', patch: pair({ type: 'integer' }, {}, 'none') },
    { name: 'link to an unknown operation', patch: pair({ type: 'integer' }, {}, { operationId: 'Missing' }) },
  ],
  invalid: [
    { name: 'type differs', patch: pair({ type: 'integer' }, {}), messages: ['differs'] },
    { name: 'type and visibility differ', patch: pair({ type: 'integer' }, { 'x-ms-visibility': 'internal', default: 'a' }), messages: ['differs', 'differs'] },
  ],
});
