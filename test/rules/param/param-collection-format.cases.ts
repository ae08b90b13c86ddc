import rule from '../../../src/rules/param/param-collection-format.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { searchParameter, stationsWithParameters } from '../op/helpers.js';

const list = (fields: Record<string, unknown>) => stationsWithParameters({ ...searchParameter, type: 'array', items: { type: 'string' }, ...fields });

export default defineCases({
  rule,
  valid: [
    { name: 'pipes', patch: list({ collectionFormat: 'pipes' }) },
    { name: 'multi in query', patch: list({ collectionFormat: 'multi' }) },
  ],
  invalid: [
    { name: 'unknown format', patch: list({ collectionFormat: 'json' }), messages: ['unsupported'] },
    { name: 'multi in a header', patch: list({ collectionFormat: 'multi', in: 'header' }), messages: ['multi'] },
  ],
});
