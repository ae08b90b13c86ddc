import rule from '../../../src/rules/props/props-script-operations.js';
import { defineCases } from '../../helpers/rule-tester.js';

const script = { 'script.csx': 'public class Script : ScriptBase { }\n' };
const scriptOperations = (value: unknown) => ({ apiProperties: { properties: { scriptOperations: value } } });

export default defineCases({
  rule,
  valid: [
    { name: 'no script and no list', patch: {} },
    { name: 'a script without a list', patch: { files: script } },
    { name: 'an empty list with a script (every operation)', patch: { ...scriptOperations([]), files: script } },
    { name: 'operations of the definition', patch: { ...scriptOperations(['GetTidePredictions']), files: script } },
  ],
  invalid: [
    { name: 'an operation that does not exist', patch: { ...scriptOperations(['GetTides']), files: script }, messages: ['unknownOperation'] },
    { name: 'a list without a script', patch: scriptOperations(['ListStations']), messages: ['noScript'] },
    {
      name: 'an operation renamed in the definition, and no script',
      patch: { ...scriptOperations(['ListStations']), apiDefinition: { paths: { '/stations': { get: { operationId: 'SearchStations' } } } } },
      messages: ['noScript', 'unknownOperation'],
    },
  ],
});
