import rule from '../../../src/rules/path/path-starts-with-slash.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { addPaths, newOperation } from '../op/helpers.js';

export default defineCases({
  rule,
  valid: [
    { name: 'leading slashes', patch: {} },
    { name: 'extensions under paths are not paths', patch: addPaths({ 'x-ms-note': { get: {} } }) },
  ],
  invalid: [
    { name: 'no leading slash', patch: addPaths({ regions: { get: newOperation('ListRegions') } }), messages: ['noSlash'], fixes: [[{ op: 'remove', path: '/paths/regions' }, { op: 'add', path: '/paths/~1regions', value: { get: { summary: 'Create a station', description: 'Creates a station with the values given.', operationId: 'ListRegions', responses: { '200': { description: 'The station.' } } } } }]] },
    // Renaming would overwrite the path that is already there, so the finding carries no fix.
    { name: 'the slashed path exists too', patch: addPaths({ stations: { get: newOperation('ListStationsAgain') } }), messages: ['noSlash'] },
  ],
});
