import rule from '../../../src/rules/param/param-internal-default-required.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { searchParameter, stationsWithParameters, withRootParameters } from '../op/helpers.js';

const internal = (fields: Record<string, unknown>) => stationsWithParameters({ ...searchParameter, 'x-ms-visibility': 'internal', ...fields });
const stationName = (name: Record<string, unknown>, required?: string[]) => ({
  apiDefinition: { definitions: { Station: { ...(required && { required }), properties: { name } } } },
});

export default defineCases({
  rule,
  valid: [
    { name: 'required with default', patch: internal({ required: true, default: 'all' }) },
    { name: 'optional without default', patch: internal({ required: false }) },
    { name: 'required property with default', patch: stationName({ 'x-ms-visibility': 'internal', default: 'x' }, ['name']) },
    { name: 'notification URL property', patch: stationName({ 'x-ms-visibility': 'internal', 'x-ms-notification-url': true }, ['name']) },
  ],
  invalid: [
    { name: 'required without default', patch: internal({ required: true }), messages: ['missingDefault'] },
    { name: 'default but optional', patch: internal({ default: 'all' }), messages: ['optional'] },
    { name: 'required property without default', patch: stationName({ 'x-ms-visibility': 'internal' }, ['name']), messages: ['missingDefault'] },
    { name: 'optional property with default', patch: stationName({ 'x-ms-visibility': 'internal', default: 'x' }), messages: ['optional'] },
    {
      name: 'root definition',
      patch: withRootParameters(stationsWithParameters({ $ref: '#/parameters/version' }), { version: { ...searchParameter, 'x-ms-visibility': 'internal', default: 'v1' } }),
      messages: ['optional'],
    },
  ],
});
