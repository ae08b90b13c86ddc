import rule from '../../../src/rules/script/script-namespaces.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { goodScript, script } from './script-fixture.js';

export default defineCases({
  rule,
  valid: [
    { name: 'supported namespaces (and a using statement)', patch: script(goodScript.replace('var note', 'using (var sha = SHA256.Create()) { }\n        var note')) },
    { name: 'static import and alias of supported namespaces', patch: script(`using static System.Math;\nusing Json = Newtonsoft.Json.Linq;\n${goodScript}`) },
    { name: "the namespace Microsoft's own scripts import (Azure Communication Services Identity)", patch: script(`using Microsoft.PowerPlatform.Connectors.CustomCode.CSharp;\n${goodScript}`) },
    { name: 'using declaration inside a method', patch: script(goodScript.replace('var note', 'using var reader = source;\n        var note')) },
  ],
  invalid: [
    { name: 'another namespace of the same family', patch: script(`using Microsoft.PowerPlatform.Connectors.Other;\n${goodScript}`), messages: ['unsupported'] },
    { name: 'System.Text.Json', patch: script(`using System.Text.Json;\n${goodScript}`), messages: ['unsupported'] },
    { name: 'static import from an unsupported namespace', patch: script(`using static System.Globalization.CultureInfo;\n${goodScript}`), messages: ['unsupported'] },
  ],
});
