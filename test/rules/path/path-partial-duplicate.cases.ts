import rule from '../../../src/rules/path/path-partial-duplicate.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { addPaths, newOperation } from '../op/helpers.js';

// Hyphenated variable names keep the paths quoted in messages apart from message placeholders in the tester's check.
const items = (paths: Record<string, Record<string, unknown>>) => addPaths({ '/items/{item-id}': { get: newOperation('GetItem') }, ...paths });

export default defineCases({
  rule,
  valid: [
    { name: 'different methods', patch: items({ '/items/latest': { post: newOperation('AddLatest') } }) },
    { name: 'different segment counts', patch: items({ '/items/latest/history': { get: newOperation('LatestHistory') } }) },
    { name: 'a variable never matches the empty root segment', patch: addPaths({ '/': { post: newOperation('Root') }, '/{item-id}': { post: newOperation('ById') } }) },
    { name: 'fixed segments differ elsewhere', patch: items({ '/things/latest': { get: newOperation('LatestThing') } }) },
  ],
  invalid: [
    { name: 'variable meets a fixed segment', patch: items({ '/items/latest': { get: newOperation('Latest') } }), messages: ['partial'] },
    {
      name: 'each catches the other',
      patch: addPaths({ '/items/{item-id}/history': { get: newOperation('History') }, '/items/latest/{field-name}': { get: newOperation('Latest') } }),
      messages: ['partial', 'partial'],
    },
  ],
});
