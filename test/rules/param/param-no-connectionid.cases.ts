import rule from '../../../src/rules/param/param-no-connectionid.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { searchParameter, stationsWithParameters } from '../op/helpers.js';

export default defineCases({
  rule,
  valid: [{ name: 'ordinary names', patch: stationsWithParameters({ ...searchParameter, name: 'connection' }) }],
  invalid: [
    { name: 'connectionId', patch: stationsWithParameters({ ...searchParameter, name: 'connectionId' }), messages: ['reserved'] },
    { name: 'other case', patch: stationsWithParameters({ ...searchParameter, name: 'ConnectionID', in: 'header' }), messages: ['reserved'] },
  ],
});
