import rule from '../../../src/rules/script/script-class-shape.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { goodScript, script } from './script-fixture.js';

export default defineCases({
  rule,
  valid: [
    { name: 'no script', patch: {} },
    { name: 'Script : ScriptBase with ExecuteAsync', patch: script(goodScript) },
    { name: 'lower-case class name, as accepted connectors have', patch: script(goodScript.replace('class Script', 'class script')) },
  ],
  invalid: [
    { name: 'no ScriptBase class', patch: script(goodScript.replace('Script : ScriptBase', 'Script : Base')), messages: ['noScriptClass'] },
    { name: 'ScriptBase class with another name', patch: script(goodScript.replace('class Script', 'class Helper')), messages: ['wrongName'] },
    { name: 'no ExecuteAsync', patch: script(goodScript.replace('ExecuteAsync()', 'RunAsync()')), messages: ['noExecuteAsync'] },
    {
      name: 'class only in a comment',
      patch: script('// public class Script : ScriptBase { ExecuteAsync() }\n'),
      messages: ['noScriptClass', 'noExecuteAsync'],
    },
  ],
});
