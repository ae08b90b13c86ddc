import rule from '../../../src/rules/op/op-operationid-charset.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { patchStations } from './helpers.js';

export default defineCases({
  rule,
  valid: [
    { name: 'letters and digits', patch: patchStations({ operationId: 'ListStations2' }) },
    { name: 'revision suffix', patch: patchStations({ operationId: 'ListStations_V2' }) },
    // Climatiq (corpus).
    { corpus: 'Climatiq', name: 'a PascalCase id (Climatiq)', patch: patchStations({ operationId: 'LifeCycleActivities' }) },
  ],
  invalid: [
    { name: 'hyphen', patch: patchStations({ operationId: 'list-stations' }), messages: ['sanitized'] },
    { name: 'underscore that is not a revision suffix', patch: patchStations({ operationId: 'List_Stations' }), messages: ['sanitized'] },
  ],
});
