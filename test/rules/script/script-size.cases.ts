import rule from '../../../src/rules/script/script-size.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { goodScript, script } from './script-fixture.js';

const padding = (bytes: number) => `// ${'x'.repeat(bytes)}\n`;

export default defineCases({
  rule,
  valid: [{ name: 'exactly 1 MB', patch: script(goodScript + padding(1024 * 1024 - goodScript.length - 4)) }],
  invalid: [{ name: 'one byte over 1 MB', patch: script(goodScript + padding(1024 * 1024 - goodScript.length - 3)), messages: ['tooLarge'] }],
});
