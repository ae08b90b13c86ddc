import rule from '../../../src/rules/ext/ext-notification-content.js';
import { defineCases } from '../../helpers/rule-tester.js';

/** A subscribe operation whose body marks the callback URL. */
const subscribe = (pathItem: object = {}) => ({
  apiDefinition: {
    paths: {
      '/hooks': {
        ...pathItem,
        post: {
          operationId: 'OnStationChanged',
          'x-ms-trigger': 'single',
          parameters: [
            {
              name: 'body',
              in: 'body',
              required: true,
              schema: { type: 'object', required: ['url'], properties: { url: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' } } },
            },
          ],
          responses: { '201': { description: 'Subscribed.' } },
        },
      },
    },
  },
});

export default defineCases({
  rule,
  valid: [
    { name: 'no webhooks', patch: {} },
    { name: 'notification content on the path item', patch: subscribe({ 'x-ms-notification-content': { description: 'A change.', schema: { $ref: '#/definitions/Station' } } }) },
  ],
  invalid: [
    { name: 'a callback URL without notification content', patch: subscribe(), messages: ['missing'] },
    { name: 'notification content that is not an object', patch: subscribe({ 'x-ms-notification-content': 'Station' }), messages: ['notObject'] },
  ],
});
