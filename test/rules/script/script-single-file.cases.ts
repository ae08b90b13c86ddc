import rule from '../../../src/rules/script/script-single-file.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { goodScript } from './script-fixture.js';

export default defineCases({
  rule,
  valid: [{ name: 'one script', patch: { files: { 'script.csx': goodScript } } }],
  invalid: [{ name: 'two scripts', patch: { files: { 'script.csx': goodScript, 'helpers.csx': goodScript } }, messages: ['several'] }],
});
