import rule from '../../../src/rules/ext/ext-notification-url.js';
import { defineCases } from '../../helpers/rule-tester.js';

const url = { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' };

/** A webhook trigger whose body schema is `schema`. */
const webhook = (schema: object, body: object = {}, definitions: object = {}) => ({
  apiDefinition: {
    definitions,
    paths: {
      '/hooks': {
        'x-ms-notification-content': { description: 'A change.', schema: { $ref: '#/definitions/Station' } },
        post: {
          operationId: 'OnStationChanged',
          'x-ms-trigger': 'single',
          parameters: [{ name: 'body', in: 'body', required: true, schema, ...body }],
          responses: { '201': { description: 'Subscribed.' } },
        },
      },
    },
  },
});

/** Shopranos (certified), webhook OrderCreated: the body parameter says `required: false`, its schema requires Url. */
const shopranosBody = (required: string[]) => ({
  type: 'object',
  properties: { Url: { type: 'string', description: 'Url', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' }, Title: { type: 'string', description: 'Title' } },
  required,
});

export default defineCases({
  rule,
  valid: [
    { name: 'an optional body parameter whose schema requires the field (Shopranos)', patch: webhook(shopranosBody(['Url', 'Title']), { required: false }) },
    { name: 'a required internal string', patch: webhook({ type: 'object', required: ['url'], properties: { url } }) },
    {
      name: 'internal through a parent, required through a $ref',
      patch: webhook(
        { $ref: '#/definitions/Subscription' },
        {},
        { Subscription: { type: 'object', required: ['target'], properties: { target: { type: 'object', 'x-ms-visibility': 'internal', required: ['url'], properties: { url: { type: 'string', 'x-ms-notification-url': true } } } } } },
      ),
    },
  ],
  invalid: [
    { name: 'no callback URL', patch: webhook({ type: 'object', properties: { events: { type: 'string' } } }), messages: ['missing'] },
    { name: 'not a string', patch: webhook({ type: 'object', required: ['url'], properties: { url: { ...url, type: 'object' } } }), messages: ['notString'] },
    { name: 'not internal', patch: webhook({ type: 'object', required: ['url'], properties: { url: { ...url, 'x-ms-visibility': 'advanced' } } }), messages: ['notInternal'] },
    {
      name: 'left out of the body schema\'s required list (Shopranos without Url in it)',
      patch: webhook(shopranosBody(['Title']), { required: false }),
      messages: ['notRequired'],
    },
    {
      name: 'in a response schema',
      patch: { apiDefinition: { paths: { '/stations': { get: { responses: { '200': { schema: { type: 'object', items: null, properties: { url } } } } } } } } },
      messages: ['notInBody'],
    },
    {
      name: 'on a query parameter',
      patch: { apiDefinition: { paths: { '/stations': { get: { parameters: [{ name: 'callback', in: 'query', type: 'string', 'x-ms-notification-url': true }] } } } } },
      messages: ['notInBody'],
    },
  ],
});
