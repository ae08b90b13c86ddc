import rule from '../../../src/rules/script/script-sendasync.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { goodScript, script } from './script-fixture.js';

export default defineCases({
  rule,
  valid: [{ name: 'Context.SendAsync, HttpClient only in a comment and a string', patch: script(goodScript) }],
  invalid: [
    {
      name: 'new HttpClient()',
      patch: script(goodScript.replace('var note', 'var client = new HttpClient();\n        var other = new System.Net.Http.HttpClient (handler);\n        var note')),
      messages: ['newHttpClient', 'newHttpClient'],
    },
  ],
});
