import rule from '../../../src/rules/param/param-path-required.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { dateParameter, patchTides, stationIdParameter, withRootParameters } from '../op/helpers.js';

const { required: _, ...unmarked } = stationIdParameter;

export default defineCases({
  rule,
  valid: [{ name: 'required path parameter', patch: {} }],
  invalid: [
    { name: 'required false', patch: patchTides({ parameters: [{ ...stationIdParameter, required: false }, dateParameter] }), messages: ['notRequired'], fixes: [[{ op: 'replace', path: '/paths/~1stations~1{stationId}~1tides/get/parameters/0/required', value: true }]] },
    { name: 'required missing', patch: patchTides({ parameters: [unmarked, dateParameter] }), messages: ['notRequired'], fixes: [[{ op: 'add', path: '/paths/~1stations~1{stationId}~1tides/get/parameters/0/required', value: true }]] },
    {
      name: 'root definition used twice, reported once',
      patch: withRootParameters(
        { apiDefinition: { paths: { '/stations/{stationId}/tides': { get: { parameters: [{ $ref: '#/parameters/station' }, dateParameter] }, delete: { summary: 'Delete tides', description: 'Deletes the tides.', operationId: 'DeleteTides', responses: { '204': { description: 'Deleted.' } }, parameters: [{ $ref: '#/parameters/station' }] } } } } },
        { station: unmarked },
      ),
      messages: ['notRequired'], fixes: [[{ op: 'add', path: '/parameters/station/required', value: true }]],
    },
  ],
});
