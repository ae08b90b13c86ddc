import rule from '../../../src/rules/artifact/artifact-coding-style.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { patchedConnector } from '../../helpers/rule-tester.js';

const properties = patchedConnector({})['apiProperties.json'] as string;

export default defineCases({
  rule,
  valid: [
    { name: 'spaces only', patch: {} },
    { name: 'CRLF line ends', patch: { files: { 'apiProperties.json': properties.replace(/\n/g, '\r\n') } } },
    { name: 'tabs in the readme are not checked', patch: { files: { 'readme.md': '# Tidewatch\n\tindented\n' } } },
  ],
  invalid: [
    { name: 'tab indentation', patch: { files: { 'apiProperties.json': properties.replace(/\n {4}/g, '\n\t\t') } }, messages: ['tabs'] },
    { name: 'trailing spaces', patch: { files: { 'apiProperties.json': properties.replace(/,\n/g, ',  \n') } }, messages: ['trailing'] },
    { name: 'trailing spaces in script.csx', patch: { files: { 'script.csx': 'public class Script : ScriptBase {} \n' } }, messages: ['trailing'] },
  ],
});
