import rule from '../../../src/rules/path/path-template-valid.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { addPaths, newOperation } from '../op/helpers.js';

const path = (key: string) => addPaths({ [key]: { get: newOperation('GetFile') } });

export default defineCases({
  rule,
  valid: [
    { name: 'whole-segment variables', patch: {} },
    { name: 'variable inside a segment', patch: path('/files/{file-name}.{file-extension}') },
    { name: 'encoded braces', patch: path('/files/%7Braw%7D') },
  ],
  invalid: [
    { name: 'unclosed', patch: path('/files/{name'), messages: ['unclosed'] },
    { name: 'nested', patch: path('/files/{a-x{b-y}}'), messages: ['unclosed'] },
    { name: 'closing brace alone', patch: path('/files/name}'), messages: ['unopened'] },
    { name: 'spans a slash', patch: path('/files/{folder/name}'), messages: ['crossesSegment'] },
    { name: 'empty variable', patch: path('/files/{}'), messages: ['empty'] },
  ],
});
